package org.osprey.os;

/**
 * Python's {@code UnicodeEncodeError}: a file name that the file system encoding cannot encode (on POSIX, a lone
 * surrogate outside {@code U+DC80..U+DCFF}, which stands for no byte).
 */
public class UnicodeEncodeException extends UnicodeException {
    private static final long serialVersionUID = 1L;

    private final String object;

    public UnicodeEncodeException(String encoding, String object, int start, int end, String reason) {
        super(String.format("'%s' codec can't encode character '\\u%04x' in position %d: %s", encoding,
                (int) object.charAt(start), start, reason), encoding, start, end, reason);
        this.object = object;
    }

    /** The string that could not be encoded. */
    public String object() {
        return object;
    }
}
