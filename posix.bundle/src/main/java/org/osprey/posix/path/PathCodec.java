package org.osprey.posix.path;

import java.nio.ByteBuffer;

import com.kenai.jffi.MemoryIO;
import org.osprey.os.FsCodec;
import org.osprey.posix.memory.NativeBuffer;

/**
 * File names between Java strings and the native side's bytes: {@link FsCodec} (UTF-8 with surrogateescape)
 * whatever the locale, so that every name the OS returns goes back to the same bytes.
 */
public final class PathCodec {
    private static final MemoryIO MEMORY = MemoryIO.getInstance();

    private PathCodec() {
    }

    /**
     * Writes {@code path} into {@code into} as a NUL-terminated byte string and returns its address. An ASCII
     * path, the common case, goes straight into native memory a byte per char: the kernel copies it in anyway,
     * so any extra pass or copy on the Java side is pure overhead on every path-taking call.
     */
    public static long encode(String path, NativeBuffer into) {
        int n = path.length();
        long at = into.ensure(n + 1).address();
        for (int i = 0; i < n; i++) {
            char c = path.charAt(i);
            if (c >= 0x80) {
                return encodeNonAscii(path, into);
            }
            MEMORY.putByte(at + i, (byte) c);
        }
        MEMORY.putByte(at + n, (byte) 0);
        return into.address();
    }

    private static long encodeNonAscii(String path, NativeBuffer into) {
        byte[] bytes = FsCodec.encode(path);
        ByteBuffer b = into.ensure(bytes.length + 1).bytes();
        b.put(0, bytes); // a bulk copy in Java; jffi's putByteArray is a JNI call
        b.put(bytes.length, (byte) 0);
        return into.address();
    }

    /** Decodes {@code length} bytes at index {@code offset} of {@code b}. */
    public static String decode(ByteBuffer b, int offset, int length) {
        byte[] bytes = new byte[length];
        b.get(offset, bytes);
        return FsCodec.decode(bytes);
    }

    /** Decodes the NUL-terminated string that starts at index {@code offset} of {@code b}. */
    public static String decodeCString(ByteBuffer b, int offset) {
        int end = offset;
        while (b.get(end) != 0) {
            end++;
        }
        return decode(b, offset, end - offset);
    }

    /** Decodes the NUL-terminated string at a native address. */
    public static String decodeCString(MemoryIO memory, long address) {
        int length = (int) memory.indexOf(address, (byte) 0);
        byte[] bytes = new byte[length];
        memory.getByteArray(address, bytes, 0, length);
        return FsCodec.decode(bytes);
    }
}
