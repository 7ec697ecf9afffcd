package org.osprey.logging.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.FileHandler;
import org.osprey.logging.Filter;
import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.NullHandler;
import org.osprey.logging.StreamHandler;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * What dictConfig does with Java's side of a configuration: Java class names, class objects, static fields
 * through {@code ext://}, options records reached by keyword, immutable maps, and clear errors where Python's
 * names have no Java counterpart.
 */
class DictConfigJavaTest extends ConfigState {
    @TempDir
    Path dir;

    /** Constants read through {@code ext://}. */
    public static final class Constants {
        public static final int CUSTOM_LEVEL = 25;
    }

    /** A filter factory for {@code '()'}: a {@link java.util.function.Predicate} becomes a filter. */
    public static class OddMessages implements java.util.function.Predicate<LogRecord> {
        @Override
        public boolean test(LogRecord r) {
            return Integer.parseInt(r.getMessage()) % 2 == 1;
        }
    }

    private static Map<String, Object> root(String... handlers) {
        return Map.of("level", "DEBUG", "handlers", List.of((Object[]) handlers));
    }

    /** test_config15_ok and a file written as python3 writes it: FileHandler's keywords reach its options. */
    @Test
    void fileHandlerKeywordsAsPythonAndNoLeakWhenConfiguredTwice() throws Exception {
        Path java = dir.resolve("java.log");
        Path py = dir.resolve("py.log");
        Files.writeString(java, "old\n");
        Files.writeString(py, "old\n");
        String config = """
                {'version': 1,
                 'formatters': {'f': {'format': '%(levelname)s:%(name)s:%(message)s'}},
                 'handlers': {'file': {'class': 'logging.FileHandler', 'filename': FILE, 'mode': 'w',
                                       'encoding': 'latin-1', 'formatter': 'f', 'level': 'INFO'}},
                 'loggers': {'compiler.parser': {'level': 'DEBUG', 'handlers': ['file'], 'propagate': False}}}
                """;
        @SuppressWarnings("unchecked")
        Map<String, ?> parsed = (Map<String, ?>) org.osprey.logging.internal.config.PyLiteral
                .eval(config.replace("FILE", "'" + java + "'"));
        LoggingConfig.dictConfig(parsed);
        LoggingConfig.dictConfig(parsed);
        assertEquals(1, OpenFds.on(java), "the first handler's descriptor is closed, the second's open");
        FileHandler h = assertInstanceOf(FileHandler.class, Logging.getHandlerByName("file"));
        assertEquals("w", h.mode());
        assertEquals("latin-1", h.encoding());
        Logger parser = Logging.getLogger("compiler.parser");
        parser.debug("not written");
        parser.info("caf\u00e9 %s", 1);
        h.close();
        Python.require313().run("import logging, logging.config, sys\nlogging.config.dictConfig(eval(sys.argv[1]))\n"
                + "p = logging.getLogger('compiler.parser')\np.debug('not written')\np.info('caf\\u00e9 %s', 1)\n",
                config.replace("FILE", "'" + py + "'"));
        assertEquals(Files.readString(py, StandardCharsets.ISO_8859_1),
                Files.readString(java, StandardCharsets.ISO_8859_1));
        assertEquals("INFO:compiler.parser:caf\u00e9 1\n", Files.readString(java, StandardCharsets.ISO_8859_1));
    }

    @Test
    void javaClassNamesClassObjectsAndStaticFields() {
        Map<String, Object> config = Map.of("version", 1,
                "filters", Map.of("odd", Map.of("()", OddMessages.class)),
                "handlers", Map.of(
                        "out", Map.of("class", StreamHandler.class.getName(), "stream", "ext://sys.stdout",
                                "level", "ext://" + Constants.class.getName() + ".CUSTOM_LEVEL",
                                "filters", List.of("odd")),
                        "none", Map.of("()", "logging.NullHandler", "level", "ext://logging.DEBUG")),
                "root", root("out", "none"));
        LoggingConfig.dictConfig(config);
        Handler out = Logging.getHandlerByName("out");
        assertEquals(Constants.CUSTOM_LEVEL, out.level());
        assertEquals(Logging.DEBUG, Logging.getHandlerByName("none").level());
        assertInstanceOf(NullHandler.class, Logging.getHandlerByName("none"));
        for (int i = 1; i <= 4; i++) {
            Logging.getLogger().log(i < 4 ? Logging.WARNING : Logging.INFO, Integer.toString(i));
        }
        assertEquals("1\n3\n", stdout());
        assertSame(System.out, ((StreamHandler) out).stream());
        assertEquals(1, out.filters().size());
        Filter f = out.filters().get(0);
        assertEquals(null, f.filter(Logging.makeLogRecord(Map.of("msg", "2"))));
    }

    @Test
    void pythonNamesWithoutAJavaTypeFailClearly() {
        Map<String, Object> config = Map.of("version", 1,
                "handlers", Map.of("x", Map.of("class", "logging.handlers.NoSuchHandler")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoggingConfig.dictConfig(config));
        assertEquals("Unable to configure handler 'x'", e.getMessage());
        assertEquals("Cannot resolve 'logging.handlers.NoSuchHandler': no Osprey class"
                + " org.osprey.logging.handlers.NoSuchHandler", e.getCause().getMessage());
    }

    @Test
    void anArgumentNoConstructorTakesIsPythonsTypeError() {
        Map<String, Object> config = Map.of("version", 1,
                "handlers", Map.of("x", Map.of("class", "logging.StreamHandler", "strem", "ext://sys.stdout")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoggingConfig.dictConfig(config));
        assertEquals("Unable to configure handler 'x'", e.getMessage());
        assertEquals("StreamHandler() takes no arguments of these names and types: (strem=<stdout>)",
                e.getCause().getMessage().replaceAll("=java.io.PrintStream@\\w+", "=<stdout>"));
    }

    @Test
    void anOsErrorOpeningAFileIsTheCause() {
        String missing = dir.resolve("no/such/dir/a.log").toString();
        Map<String, Object> config = Map.of("version", 1,
                "handlers", Map.of("f", Map.of("class", "logging.FileHandler", "filename", missing)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoggingConfig.dictConfig(config));
        assertEquals("Unable to configure handler 'f'", e.getMessage());
        UncheckedIOException io = assertInstanceOf(UncheckedIOException.class, e.getCause());
        assertInstanceOf(FileNotFoundOsException.class, io.getCause());
    }

    @Test
    void cfgReferencesIntoListsAndMissingKeys() {
        Map<String, Object> config = Map.of("version", 1,
                "streams", List.of("ext://sys.stderr", "ext://sys.stdout"),
                "handlers", Map.of("h", Map.of("class", "logging.StreamHandler", "stream", "cfg://streams[1]")),
                "root", root("h"));
        LoggingConfig.dictConfig(config);
        assertSame(System.out, ((StreamHandler) Logging.getHandlerByName("h")).stream());
        Map<String, Object> bad = Map.of("version", 1,
                "handlers", Map.of("h", Map.of("class", "logging.StreamHandler", "stream", "cfg://nothing.here")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoggingConfig.dictConfig(bad));
        assertEquals("'nothing'", e.getCause().getMessage());
    }

    /** test_config18_ok, once {@code logging.handlers.MemoryHandler} exists: a target named before it is made. */
    @Test
    void config18MemoryHandlerTargetDeferred() throws Exception {
        Class<?> memory;
        try {
            memory = Class.forName("org.osprey.logging.handlers.MemoryHandler");
        } catch (ClassNotFoundException e) {
            assumeTrue(false, "logging.handlers is not in this build");
            return;
        }
        Map<String, Object> config = Map.of("version", 1,
                "handlers", Map.of(
                        "console", Map.of("class", "logging.StreamHandler", "level", "DEBUG",
                                "stream", "ext://sys.stdout"),
                        "buffering", Map.of("class", "logging.handlers.MemoryHandler", "capacity", 5,
                                "target", "console", "level", "DEBUG", "flushLevel", "ERROR")),
                "loggers", Map.of("mymodule", Map.of("level", "DEBUG", "handlers", List.of("buffering"),
                        "propagate", "true")));
        LoggingConfig.dictConfig(config);
        Handler h = Logging.getLogger("mymodule").handlers().get(0);
        assertInstanceOf(memory, h);
        Logging.getLogger("mymodule").info("buffered");
        assertEquals("", stdout());
        Logging.getLogger("mymodule").error("flushed");
        assertEquals("buffered\nflushed\n", stdout());
    }

    @Test
    void listenIsRefusedStopListeningDoesNothing() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> LoggingConfig.listen(LoggingConfig.DEFAULT_LOGGING_CONFIG_PORT));
        assertEquals(true, e.getMessage().contains("dictConfig"));
        LoggingConfig.stopListening();
    }
}
