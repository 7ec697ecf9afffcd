package org.osprey.filecmp.internal;

import org.osprey.os.Stat;
import org.osprey.os.StatResult;

/**
 * CPython's {@code filecmp._sig}: file type, size and {@code st_mtime}. The mtime is the float Python sees
 * (whole seconds plus nanoseconds times 1e-9), so that two files are "the same" exactly when Python says so.
 */
record Signature(int type, long size, double mtime) {
    static Signature of(StatResult st) {
        long seconds = Math.floorDiv(st.mtimeNs(), 1_000_000_000L);
        long nanos = Math.floorMod(st.mtimeNs(), 1_000_000_000L);
        return new Signature(Stat.S_IFMT(st.mode()), st.size(), seconds + nanos * 1e-9);
    }

    boolean isRegularFile() {
        return type == Stat.S_IFREG;
    }
}
