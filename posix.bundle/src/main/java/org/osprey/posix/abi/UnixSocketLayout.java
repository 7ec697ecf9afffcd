package org.osprey.posix.abi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * A platform's {@code AF_UNIX} numbers and its {@code struct sockaddr_un}: Linux's is a 16-bit
 * {@code sun_family} and 108 bytes of {@code sun_path}; macOS's (BSD's) an 8-bit {@code sun_len}, an 8-bit
 * {@code sun_family} and 104 bytes of path.
 *
 * @param sockStream {@code SOCK_STREAM}
 * @param sockDgram {@code SOCK_DGRAM}
 * @param sockCloexec {@code SOCK_CLOEXEC}, or 0 where {@code socket(2)} takes no such flag (the caller then sets
 *        {@code FD_CLOEXEC} itself)
 * @param afUnix {@code AF_UNIX}
 * @param hasLen whether the structure begins with {@code sun_len}
 * @param pathSize the size of {@code sun_path}
 */
public record UnixSocketLayout(int sockStream, int sockDgram, int sockCloexec, int afUnix, boolean hasLen,
        int pathSize) {
    /** Linux ({@code <sys/un.h>}, {@code <bits/socket_type.h>}: x86-64 and aarch64 alike). */
    public static final UnixSocketLayout LINUX = new UnixSocketLayout(1, 2, 02000000, 1, false, 108);
    /** macOS ({@code <sys/un.h>}, {@code <sys/socket.h>}). */
    public static final UnixSocketLayout DARWIN = new UnixSocketLayout(1, 2, 0, 1, true, 104);

    /** {@code offsetof(struct sockaddr_un, sun_path)}: two bytes on both. */
    private static final int PATH_OFFSET = 2;

    /** Python's {@code socket.SOCK_*} names and this platform's values. */
    public Map<String, Integer> constants() {
        return Map.of("SOCK_STREAM", sockStream, "SOCK_DGRAM", sockDgram);
    }

    /**
     * The longest path that fits with its NUL, as CPython's limit ({@code len >= sizeof(sun_path)} is too long).
     */
    public int maxPathBytes() {
        return pathSize - 1;
    }

    /**
     * Writes the address of {@code path} at the start of {@code into} and returns its length, the
     * {@code addrlen} that {@code connect} takes.
     *
     * @param path the encoded path, at most {@link #maxPathBytes()} bytes, without NUL
     * @param into room for {@code PATH_OFFSET + pathSize} bytes
     * @return the address's length: through the path's NUL
     */
    public int write(byte[] path, ByteBuffer into) {
        int length = PATH_OFFSET + path.length + 1;
        ByteBuffer b = into.duplicate().order(ByteOrder.nativeOrder());
        if (hasLen) {
            b.put(0, (byte) length).put(1, (byte) afUnix);
        } else {
            b.putShort(0, (short) afUnix);
        }
        b.put(PATH_OFFSET, path).put(PATH_OFFSET + path.length, (byte) 0);
        return length;
    }
}
