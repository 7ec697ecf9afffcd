package org.osprey.os;

/**
 * Python's {@code UnicodeEncodeError}: a file name that the file system encoding cannot encode (on POSIX, a lone
 * surrogate outside {@code U+DC80..U+DCFF}, which stands for no byte). A {@code ValueError} in Python, so an
 * {@link IllegalArgumentException} here; it names the encoding, the offending range and why.
 */
public class UnicodeEncodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final String object;
    private final int start;
    private final int end;
    private final String reason;

    public UnicodeEncodeException(String encoding, String object, int start, int end, String reason) {
        super(String.format("'%s' codec can't encode character '\\u%04x' in position %d: %s", encoding,
                (int) object.charAt(start), start, reason));
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    public String encoding() {
        return encoding;
    }

    /** The string that could not be encoded. */
    public String object() {
        return object;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }
}
