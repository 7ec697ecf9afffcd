package org.osprey.os;

/**
 * Python's {@code UnicodeError}, the base of {@link UnicodeEncodeException} and {@link UnicodeDecodeException}: a
 * file name the file system encoding cannot convert. A {@code ValueError} in Python, so an
 * {@link IllegalArgumentException} here; it names the encoding, the offending range and why.
 */
public abstract class UnicodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Python's {@code encoding}. */
    private final String encoding;
    /** Python's {@code start}. */
    private final int start;
    /** Python's {@code end}. */
    private final int end;
    /** Python's {@code reason}. */
    private final String reason;

    UnicodeException(String message, String encoding, int start, int end, String reason) {
        super(message);
        this.encoding = encoding;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** {@return the codec's name, such as {@code "utf-8"}} */
    public String encoding() {
        return encoding;
    }

    /**
     * Where the part that could not be converted starts.
     *
     * @return the index
     */
    public int start() {
        return start;
    }

    /**
     * Where it ends (exclusive).
     *
     * @return the index
     */
    public int end() {
        return end;
    }

    /** {@return why the conversion failed, such as {@code "invalid start byte"}} */
    public String reason() {
        return reason;
    }
}
