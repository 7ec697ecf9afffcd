package org.osprey.logging;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.List;

/**
 * The keyword arguments of Python's {@code logging.basicConfig(**kwargs)}, each null (or false) when not given:
 * {@code Logging.basicConfig(BasicConfig.DEFAULT.withLevel(Logging.INFO).withFormat("%(message)s"))}.
 *
 * @param filename Python's {@code filename}: log to this file
 * @param filemode Python's {@code filemode}: its mode, {@code a} when null
 * @param format   Python's {@code format}: null is {@code %(levelname)s:%(name)s:%(message)s} in the style
 * @param datefmt  Python's {@code datefmt}
 * @param style    Python's {@code style}: {@code %} when null, <code>{</code> or {@code $}
 * @param level    Python's {@code level}: an {@link Integer} or a level name
 * @param stream   Python's {@code stream}: a {@link PrintStream}, {@link Writer} or {@link OutputStream}
 * @param handlers Python's {@code handlers}
 * @param force    Python's {@code force}: remove and close the root logger's handlers first
 * @param encoding Python's {@code encoding} of the file
 * @param errors   Python's {@code errors} of the file: {@code backslashreplace} when null
 */
public record BasicConfig(String filename, String filemode, String format, String datefmt, String style,
        Object level, Object stream, List<Handler> handlers, boolean force, String encoding, String errors) {
    /** No arguments. */
    public static final BasicConfig DEFAULT =
            new BasicConfig(null, null, null, null, null, null, null, null, false, null, null);

    /**
     * The arguments, as given.
     *
     * @param filename the file, or null
     * @param filemode the file's mode, or null
     * @param format the format, or null
     * @param datefmt the date format, or null
     * @param style the style, or null
     * @param level an Integer or a level name, or null
     * @param stream a PrintStream, Writer or OutputStream, or null
     * @param handlers the handlers, or null
     * @param force whether to replace the root's handlers
     * @param encoding the file's encoding, or null
     * @param errors the file's error handler, or null
     * @throws IllegalArgumentException for a {@code level} or {@code stream} of another type
     */
    public BasicConfig {
        if (level != null && !(level instanceof Integer) && !(level instanceof String)) {
            throw new IllegalArgumentException("Level not an integer or a valid string: " + level);
        }
        if (stream != null && !(stream instanceof OutputStream) && !(stream instanceof Writer)) {
            throw new IllegalArgumentException("stream must be a PrintStream, Writer or OutputStream: " + stream);
        }
        handlers = handlers == null ? null : List.copyOf(handlers);
    }

    /**
     * With {@code filename}.
     *
     * @param filename the file
     * @return the arguments
     */
    public BasicConfig withFilename(String filename) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code filemode}.
     *
     * @param filemode the mode
     * @return the arguments
     */
    public BasicConfig withFilemode(String filemode) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code format}.
     *
     * @param format the format, in the style
     * @return the arguments
     */
    public BasicConfig withFormat(String format) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code datefmt}.
     *
     * @param datefmt a {@code time.strftime} format
     * @return the arguments
     */
    public BasicConfig withDatefmt(String datefmt) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code style}.
     *
     * @param style {@code %}, <code>{</code> or {@code $}
     * @return the arguments
     */
    public BasicConfig withStyle(String style) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code level}.
     *
     * @param level the level
     * @return the arguments
     */
    public BasicConfig withLevel(int level) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code level}, by name.
     *
     * @param level a level name
     * @return the arguments
     */
    public BasicConfig withLevel(String level) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code stream}.
     *
     * @param stream a PrintStream, Writer or OutputStream
     * @return the arguments
     */
    public BasicConfig withStream(Object stream) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code handlers}.
     *
     * @param handlers the handlers
     * @return the arguments
     */
    public BasicConfig withHandlers(List<Handler> handlers) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code force}.
     *
     * @param force whether to remove and close the root logger's handlers first
     * @return the arguments
     */
    public BasicConfig withForce(boolean force) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code encoding}.
     *
     * @param encoding a codec's Python name
     * @return the arguments
     */
    public BasicConfig withEncoding(String encoding) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }

    /**
     * With {@code errors}.
     *
     * @param errors an error handler's Python name
     * @return the arguments
     */
    public BasicConfig withErrors(String errors) {
        return new BasicConfig(filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding,
                errors);
    }
}
