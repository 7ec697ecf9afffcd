package org.osprey.os;

import java.util.Arrays;

/**
 * Python's {@code UnicodeDecodeError}: file-system bytes that the file system encoding cannot decode (on Windows,
 * where it is UTF-8 with {@code surrogatepass}, bytes that are not UTF-8; on POSIX every byte string decodes).
 */
public class UnicodeDecodeException extends UnicodeException {
    private static final long serialVersionUID = 1L;

    /** Python's {@code object}. */
    private final byte[] object;

    /**
     * Python's {@code UnicodeDecodeError(encoding, object, start, end, reason)}.
     *
     * @param encoding the codec's name
     * @param object the bytes being decoded
     * @param start where the undecodable part starts
     * @param end where it ends (exclusive)
     * @param reason why it cannot be decoded
     */
    public UnicodeDecodeException(String encoding, byte[] object, int start, int end, String reason) {
        super(end == start + 1
                ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                        object[start] & 0xff, start, reason)
                : String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1,
                        reason), encoding, start, end, reason);
        this.object = object.clone();
    }

    /**
     * The bytes that could not be decoded (a copy).
     *
     * @return the bytes
     */
    public byte[] object() {
        return Arrays.copyOf(object, object.length);
    }
}
