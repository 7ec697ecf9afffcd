package org.osprey.mmap.internal;

/** A slice {@code [start:stop:step]} of a sequence of {@code length}, resolved by Python's rules. */
record Slice(long start, long step, int count) {
    /** As {@code PySlice_AdjustIndices}: negative indices from the end, then clamped. */
    static Slice of(long start, long stop, long step, long length) {
        if (step == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        start = adjust(start, length, lower, upper);
        stop = adjust(stop, length, lower, upper);
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("a slice of " + count + " bytes is more than a Java array holds");
        }
        return new Slice(start, step, (int) count);
    }

    private static long adjust(long index, long length, long lower, long upper) {
        if (index < 0) {
            index += length;
            return index < 0 ? lower : index;
        }
        return Math.min(index, upper);
    }
}
