package org.osprey.tempfile;

import java.util.Arrays;

import org.osprey.tempfile.internal.PyBytes;

/**
 * What {@code tempfile.mkstemp} returns for {@code bytes} arguments: {@code (fd, name)} with a {@code bytes}
 * name (copied in and out).
 *
 * @param fd   the open descriptor, as in {@link MkstempResult}
 * @param name the absolute path of the new file, as file-system bytes
 */
public record BytesMkstempResult(int fd, byte[] name) {
    /**
     * The result; {@code name} is copied.
     *
     * @param fd the open descriptor, as in {@link MkstempResult}
     * @param name the absolute path of the new file, as file-system bytes
     */
    public BytesMkstempResult {
        name = PyBytes.copy(name);
    }

    /** {@return the file's absolute path as bytes (a copy)} */
    @Override
    public byte[] name() {
        return PyBytes.copy(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesMkstempResult r && fd == r.fd && Arrays.equals(name, r.name);
    }

    @Override
    public int hashCode() {
        return 31 * fd + Arrays.hashCode(name);
    }

    @Override
    public String toString() {
        return "BytesMkstempResult[fd=" + fd + ", name=" + PyBytes.repr(name) + "]";
    }
}
