package org.osprey.os;

/**
 * Python's {@code UnicodeEncodeError}: a file name that the file system encoding cannot encode (on POSIX, a lone
 * surrogate outside {@code U+DC80..U+DCFF}, which stands for no byte).
 */
public class UnicodeEncodeException extends UnicodeException {
    private static final long serialVersionUID = 1L;

    /** Python's {@code object}. */
    private final String object;

    /**
     * Python's {@code UnicodeEncodeError(encoding, object, start, end, reason)}.
     *
     * @param encoding the codec's name
     * @param object the string being encoded
     * @param start where the unencodable part starts
     * @param end where it ends (exclusive)
     * @param reason why it cannot be encoded
     */
    public UnicodeEncodeException(String encoding, String object, int start, int end, String reason) {
        super(String.format("'%s' codec can't encode character '\\u%04x' in position %d: %s", encoding,
                (int) object.charAt(start), start, reason), encoding, start, end, reason);
        this.object = object;
    }

    /**
     * The string that could not be encoded.
     *
     * @return the string
     */
    public String object() {
        return object;
    }
}
