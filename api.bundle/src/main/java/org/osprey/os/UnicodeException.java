package org.osprey.os;

/**
 * Python's {@code UnicodeError}, the base of {@link UnicodeEncodeException} and {@link UnicodeDecodeException}: a
 * file name the file system encoding cannot convert. A {@code ValueError} in Python, so an
 * {@link IllegalArgumentException} here; it names the encoding, the offending range and why.
 */
public abstract class UnicodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final int start;
    private final int end;
    private final String reason;

    UnicodeException(String message, String encoding, int start, int end, String reason) {
        super(message);
        this.encoding = encoding;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    public String encoding() {
        return encoding;
    }

    /** Where the part that could not be converted starts. */
    public int start() {
        return start;
    }

    /** Where it ends (exclusive). */
    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }
}
