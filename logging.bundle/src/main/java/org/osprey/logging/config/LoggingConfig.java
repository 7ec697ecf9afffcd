package org.osprey.logging.config;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

import org.osprey.logging.internal.config.DictConfigurator;
import org.osprey.logging.internal.config.FileConfigurator;

/**
 * Python's {@code logging.config} module: logging configured from a dictionary ({@link #dictConfig}) or an INI
 * file ({@link #fileConfig}), the same configurations Python programs use. Python's class names
 * ({@code logging.StreamHandler}, {@code logging.handlers.RotatingFileHandler}) name Osprey's types, and a Java
 * class name ({@code org.example.MyHandler}) a class of the application; keyword arguments reach a public
 * constructor by parameter name. Static, as {@link org.osprey.logging.Logging}: the state it configures is the
 * process's.
 */
public final class LoggingConfig {
    /** Python's {@code logging.config.DEFAULT_LOGGING_CONFIG_PORT}. */
    public static final int DEFAULT_LOGGING_CONFIG_PORT = 9030;

    private LoggingConfig() {
    }

    /**
     * Mirrors {@code logging.config.dictConfig(config)}: the version 1 schema (formatters, filters, handlers,
     * loggers, root, incremental, disable_existing_loggers, {@code ()} factories, {@code '.'} attributes,
     * {@code ext://} and {@code cfg://} references). Values are what a JSON or YAML parser gives: maps, lists,
     * strings, numbers, booleans and null.
     *
     * @param config the configuration
     * @throws IllegalArgumentException Python's ValueError ({@code Unable to configure handler 'x'}) with the
     *         cause: an {@link java.io.UncheckedIOException} for an OSError opening a file
     */
    public static void dictConfig(Map<String, ?> config) {
        DictConfigurator.configure(config);
    }

    /**
     * Mirrors {@code logging.config.fileConfig(fname)}.
     *
     * @param fname the INI file
     * @throws IOException Python's OSError reading it ({@code FileNotFoundError: x doesn't exist})
     * @throws IllegalStateException Python's RuntimeError: an empty or invalid file
     * @throws IllegalArgumentException Python's errors in the configuration
     */
    public static void fileConfig(String fname) throws IOException {
        fileConfig(fname, Map.of(), true, null);
    }

    /**
     * Mirrors {@code logging.config.fileConfig(fname, defaults, disable_existing_loggers, encoding)}.
     *
     * @param fname the INI file
     * @param defaults the values of configparser's DEFAULT section, for {@code %(name)s} interpolation
     * @param disableExistingLoggers whether loggers the file does not name are disabled
     * @param encoding the file's encoding; null for UTF-8 (Python's locale encoding in UTF-8 mode)
     * @throws IOException Python's OSError reading it ({@code FileNotFoundError: x doesn't exist})
     * @throws IllegalStateException Python's RuntimeError: an empty or invalid file
     * @throws IllegalArgumentException Python's errors in the configuration
     */
    public static void fileConfig(String fname, Map<String, String> defaults, boolean disableExistingLoggers,
            String encoding) throws IOException {
        FileConfigurator.configure(fname, defaults, disableExistingLoggers, encoding);
    }

    /**
     * Mirrors {@code logging.config.fileConfig(f, defaults, disable_existing_loggers)} with an open file.
     *
     * @param file the INI text
     * @param defaults the values of configparser's DEFAULT section
     * @param disableExistingLoggers whether loggers the file does not name are disabled
     * @throws IOException reading it
     * @throws IllegalStateException Python's RuntimeError: an invalid file
     * @throws IllegalArgumentException Python's errors in the configuration
     */
    public static void fileConfig(Reader file, Map<String, String> defaults, boolean disableExistingLoggers)
            throws IOException {
        FileConfigurator.configure(file, defaults, disableExistingLoggers);
    }

    /**
     * Mirrors {@code logging.config.listen(port, verify)}, which is refused: it would run a socket server that
     * takes configurations from whoever connects, and a configuration names classes to instantiate. Read the
     * configuration from where you trust and pass it to {@link #dictConfig} or {@link #fileConfig}.
     *
     * @param port the port
     * @throws UnsupportedOperationException always, saying why
     */
    public static void listen(int port) {
        throw new UnsupportedOperationException("logging.config.listen: a socket that accepts configurations, which"
                + " name classes to instantiate, is not offered; pass a configuration you trust to dictConfig");
    }

    /** Mirrors {@code logging.config.stopListening()}: nothing listens, so nothing to stop. */
    public static void stopListening() {
        // no listener can run (see listen)
    }
}
