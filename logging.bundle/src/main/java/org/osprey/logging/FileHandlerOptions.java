package org.osprey.logging;

/**
 * The keyword arguments of Python's {@code FileHandler(filename, mode='a', encoding=None, delay=False,
 * errors=None)}.
 *
 * @param mode     Python's {@code open} mode: {@code a} (the default), {@code w} or {@code x}, maybe with
 *                 {@code +} or {@code t}
 * @param encoding a codec's Python name; null is the locale's
 * @param delay    whether the file is opened by the first record rather than now
 * @param errors   the error handler's Python name; null is {@code strict}
 */
public record FileHandlerOptions(String mode, String encoding, boolean delay, String errors) {
    /** Python's defaults: append, the locale's encoding, opened now, {@code strict}. */
    public static final FileHandlerOptions DEFAULT = new FileHandlerOptions("a", null, false, null);

    /**
     * The options, as given.
     *
     * @param mode     the mode; null is {@code a}
     * @param encoding the encoding, or null
     * @param delay    whether to open the file with the first record
     * @param errors   the error handler, or null
     */
    public FileHandlerOptions {
        mode = mode == null ? "a" : mode;
    }

    /**
     * These options with {@code mode}.
     *
     * @param mode the mode
     * @return the options
     */
    public FileHandlerOptions withMode(String mode) {
        return new FileHandlerOptions(mode, encoding, delay, errors);
    }

    /**
     * These options with {@code encoding}.
     *
     * @param encoding a codec's Python name, or null
     * @return the options
     */
    public FileHandlerOptions withEncoding(String encoding) {
        return new FileHandlerOptions(mode, encoding, delay, errors);
    }

    /**
     * These options with {@code delay}.
     *
     * @param delay whether to open the file with the first record
     * @return the options
     */
    public FileHandlerOptions withDelay(boolean delay) {
        return new FileHandlerOptions(mode, encoding, delay, errors);
    }

    /**
     * These options with {@code errors}.
     *
     * @param errors an error handler's Python name, or null
     * @return the options
     */
    public FileHandlerOptions withErrors(String errors) {
        return new FileHandlerOptions(mode, encoding, delay, errors);
    }
}
