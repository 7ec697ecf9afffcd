package org.osprey.tempfile;

import java.util.Arrays;
import java.util.Objects;

import org.osprey.tempfile.internal.PyBytes;

/**
 * The {@code bytes} {@code suffix}, {@code prefix} and {@code dir} of the {@code Bytes...Options} records, which
 * make the functions return {@code bytes} names as Python's do. A missing prefix is {@code b'tmp'}
 * ({@link Tempfile#gettempprefixb()}), a missing directory {@link Tempfile#gettempdirb()}. Any bytes are allowed
 * but NUL, undecodable ones included: they come back unchanged in the name. Python's {@code TypeError} for mixing
 * {@code str} and {@code bytes} cannot happen: a record holds one kind. The arrays are copied in and out, as
 * Python's {@code bytes} cannot change.
 *
 * @param suffix the end of the name, or null (none)
 * @param prefix the start of the name, or null ({@code b'tmp'})
 * @param dir    the directory to create in, or null ({@link Tempfile#gettempdirb()})
 */
public record BytesNames(byte[] suffix, byte[] prefix, byte[] dir) {
    /** None given. */
    public static final BytesNames DEFAULT = new BytesNames(null, null, null);

    /**
     * The names; the arrays are copied.
     *
     * @param suffix the end of the name, or null (none)
     * @param prefix the start of the name, or null ({@code b'tmp'})
     * @param dir the directory to create in, or null ({@link Tempfile#gettempdirb()})
     */
    public BytesNames {
        suffix = PyBytes.copy(suffix);
        prefix = PyBytes.copy(prefix);
        dir = PyBytes.copy(dir);
    }

    /** {@return the suffix (a copy), or null} */
    @Override
    public byte[] suffix() {
        return PyBytes.copy(suffix);
    }

    /** {@return the prefix (a copy), or null} */
    @Override
    public byte[] prefix() {
        return PyBytes.copy(prefix);
    }

    /** {@return the directory (a copy), or null} */
    @Override
    public byte[] dir() {
        return PyBytes.copy(dir);
    }

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public BytesNames withSuffix(byte[] s) {
        return new BytesNames(s, prefix, dir);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code b'tmp'})
     */
    public BytesNames withPrefix(byte[] p) {
        return new BytesNames(suffix, p, dir);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdirb()})
     */
    public BytesNames withDir(byte[] d) {
        return new BytesNames(suffix, prefix, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesNames b && Arrays.equals(suffix, b.suffix) && Arrays.equals(prefix, b.prefix)
                && Arrays.equals(dir, b.dir);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(suffix), Arrays.hashCode(prefix), Arrays.hashCode(dir));
    }

    /** As Python shows them: {@code BytesNames[suffix=b'.x', prefix=None, dir=b'/tmp']}. */
    @Override
    public String toString() {
        return "BytesNames[suffix=" + PyBytes.repr(suffix) + ", prefix=" + PyBytes.repr(prefix) + ", dir="
                + PyBytes.repr(dir) + "]";
    }
}
