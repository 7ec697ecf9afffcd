package org.osprey.tempfile;

/**
 * Text mode, Python's {@code mode='w+'} with its {@code encoding}, {@code errors} and {@code newline}:
 * {@code tf.temporaryFile(TempOptions.DEFAULT, TextOptions.DEFAULT.withEncoding("latin-1"))} is
 * {@code TemporaryFile('w+', encoding='latin-1')}.
 *
 * @param encoding a name Python's {@code codecs.lookup} knows ({@code "utf-8"}, {@code "Latin-1"},
 *                 {@code "utf-16"}, {@code "cp1252"}, {@code "locale"}...) or a JDK charset name; null is
 *                 {@code None}: the locale's encoding as Python 3.13 takes it (the JVM's {@code native.encoding},
 *                 and UTF-8 in the C/POSIX locale, where Python runs in UTF-8 mode)
 * @param errors   Python's error handler: null ({@code strict}), {@code "strict"}, {@code "ignore"},
 *                 {@code "replace"}, {@code "surrogateescape"}, {@code "backslashreplace"},
 *                 {@code "xmlcharrefreplace"} or {@code "namereplace"} (the last two for encoding only)
 * @param newline  null ({@code None}: universal newlines read as {@code '\n'}, {@code '\n'} written as
 *                 {@code os.linesep}), {@code ""} (universal newlines, nothing translated), {@code "\n"},
 *                 {@code "\r"} or {@code "\r\n"} (only that ends a line; {@code '\n'} is written as it)
 */
public record TextOptions(String encoding, String errors, String newline) {
    /** {@code mode='w+'} with Python's defaults. */
    public static final TextOptions DEFAULT = new TextOptions(null, null, null);

    /**
     * {@return these options with {@code encoding} set}
     *
     * @param e a name Python's {@code codecs.lookup} knows ({@code "utf-8"}, {@code "Latin-1"}, {@code "utf-16"},
     *         {@code "cp1252"}, {@code "locale"}...) or a JDK charset name; null is {@code None}: the locale's encoding
     *         as Python 3.13 takes it (the JVM's {@code native.encoding}, and UTF-8 in the C/POSIX locale, where Python
     *         runs in UTF-8 mode)
     */
    public TextOptions withEncoding(String e) {
        return new TextOptions(e, errors, newline);
    }

    /**
     * {@return these options with {@code errors} set}
     *
     * @param e Python's error handler: null ({@code strict}), {@code "strict"}, {@code "ignore"}, {@code "replace"},
     *         {@code "surrogateescape"}, {@code "backslashreplace"}, {@code "xmlcharrefreplace"} or
     *         {@code "namereplace"} (the last two for encoding only)
     */
    public TextOptions withErrors(String e) {
        return new TextOptions(encoding, e, newline);
    }

    /**
     * {@return these options with {@code newline} set}
     *
     * @param n null ({@code None}: universal newlines read as {@code '\n'}, {@code '\n'} written as
     *         {@code os.linesep}), {@code ""} (universal newlines, nothing translated), {@code "\n"}, {@code "\r"} or
     *         {@code "\r\n"} (only that ends a line; {@code '\n'} is written as it)
     */
    public TextOptions withNewline(String n) {
        return new TextOptions(encoding, errors, n);
    }
}
