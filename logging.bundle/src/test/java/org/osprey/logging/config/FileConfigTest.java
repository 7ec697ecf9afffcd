package org.osprey.logging.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.FileHandler;
import org.osprey.logging.Formatter;
import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.StreamHandler;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * CPython 3.13's ConfigFileTest: its INI configurations (config0 to config9) and log calls, run here and by
 * python3 with the same output, and its checks of names, disabling, files and errors.
 */
class FileConfigTest extends ConfigState {
    private static final Map<String, String> CONFIGS = new LinkedHashMap<>();

    static {
        CONFIGS.put("config0", """
                [loggers]
                keys=root

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=hand1

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config1", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=

                [logger_parser]
                level=DEBUG
                handlers=hand1
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config1a", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=hand1

                [logger_parser]
                level=DEBUG
                handlers=
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config2", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=

                [logger_parser]
                level=DEBUG
                handlers=hand1
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stbout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config3", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=

                [logger_parser]
                level=DEBUG
                handlers=hand1
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=misspelled_name
                args=(sys.stdout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config4", """
                [loggers]
                keys=root

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=NOTSET
                handlers=hand1

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                class=TEST.ExceptionFormatter
                format=%(levelname)s:%(name)s:%(message)s
                datefmt=
                """);
        CONFIGS.put("config5", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=

                [logger_parser]
                level=DEBUG
                handlers=hand1
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=logging.StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config6", """
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand1, hand2

                [formatters]
                keys=form1, form2

                [logger_root]
                level=WARNING
                handlers=

                [logger_parser]
                level=DEBUG
                handlers=hand1
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [handler_hand2]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stderr,)

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=

                [formatter_form2]
                format=%(message)s
                datefmt=
                """);
        CONFIGS.put("config7", """
                [loggers]
                keys=root,parser,compiler

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=hand1

                [logger_compiler]
                level=DEBUG
                handlers=
                propagate=1
                qualname=compiler

                [logger_parser]
                level=DEBUG
                handlers=
                propagate=1
                qualname=compiler.parser

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                kwargs={'stream': sys.stdout,}

                [formatter_form1]
                format=%(levelname)s ++ %(message)s
                datefmt=
                """);
        CONFIGS.put("config9", """
                [loggers]
                keys=root

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                level=WARNING
                handlers=hand1

                [handler_hand1]
                class=StreamHandler
                level=NOTSET
                formatter=form1
                args=(sys.stdout,)

                [formatter_form1]
                format=%(message)s ++ %(customfield)s
                defaults={"customfield": "defaultvalue"}
                """);
        CONFIGS.put("disable_test", """
                [loggers]
                keys=root

                [handlers]
                keys=screen

                [formatters]
                keys=

                [logger_root]
                level=DEBUG
                handlers=screen

                [handler_screen]
                level=DEBUG
                class=StreamHandler
                args=(sys.stdout,)
                formatter=
                """);
    }

    @TempDir
    Path dir;

    private void same(String expected, String... steps) {
        same(Scenario.files(CONFIGS), expected, steps);
    }

    private static void apply(String text, boolean disableExisting) throws Exception {
        LoggingConfig.fileConfig(new StringReader(text), Map.of(), disableExisting);
    }

    @Test
    void config0() {
        same("ERROR ++ 2\n", "config config0", "log root INFO", "log root ERROR");
        StreamHandler h = assertInstanceOf(StreamHandler.class, Logging.getLogger().handlers().get(0));
        assertEquals("hand1", h.name());
        assertEquals(System.out, h.stream());
        assertEquals("%(levelname)s ++ %(message)s", h.formatter().fmt());
        assertEquals("", h.formatter().datefmt(), "as Python's: an empty datefmt, which means the default one");
    }

    @Test
    void config1And5And6() {
        same("INFO ++ 1\nERROR ++ 2\nINFO ++ 3\nERROR ++ 4\nINFO ++ 5\nERROR ++ 6\n", "config config1",
                "log compiler.parser INFO", "log compiler.parser ERROR", "config config5",
                "log compiler.parser INFO", "log compiler.parser ERROR", "config config6",
                "log compiler.parser INFO", "log compiler.parser ERROR");
        // hand2 is attached to nothing: CPython frees it on return (its registry is weak; getHandlerNames() is
        // {'hand1'} there), the JVM whenever it collects
        java.util.Set<String> names = Logging.getHandlerNames();
        assertTrue(names.contains("hand1") && java.util.Set.of("hand1", "hand2").containsAll(names), names::toString);
    }

    @Test
    void config2And3Fail() {
        same("failed config2\nfailed config3\n", "config config2", "config config3");
    }

    @Test
    void config4CustomFormatterClass() {
        same("ERROR:root:just testing\nGot a [RuntimeError]\n", "config config4", "exception root");
        assertInstanceOf(DictConfigTest.ExceptionFormatter.class, Logging.getLogger().handlers().get(0).formatter());
    }

    /**
     * {@code compiler-hyphenated} sorts between {@code compiler} and {@code compiler.xyz} (issue #11424); it is
     * another name than DictConfigTest's because a logger cannot leave the hierarchy, and it must not exist before.
     */
    @Test
    void config7KeepsChildrenOfNamedLoggersAndTakesKwargs() {
        keepsChildrenDisablesSibling(Scenario.files(CONFIGS), "config1a", "config7", "compiler-dashed");
    }

    @Test
    void config9FormatterDefaults() {
        same("1 ++ defaultvalue\n", "config config9", "log root WARNING");
        Formatter f = Logging.getLogger().handlers().get(0).formatter();
        assertEquals("test ++ customvalue",
                f.format(Logging.makeLogRecord(Map.of("msg", "test", "customfield", "customvalue"))));
    }

    /** test_config8_ok: a FileHandler from args and kwargs, configured twice, leaks no descriptor. */
    @Test
    void config8FileHandlerTwiceLeaksNothing() throws Exception {
        Path log = dir.resolve("test_logging.log");
        String config8 = """
                [loggers]
                keys=root

                [handlers]
                keys=file

                [formatters]
                keys=

                [logger_root]
                level=DEBUG
                handlers=file

                [handler_file]
                class=FileHandler
                level=DEBUG
                args=("%s",)
                kwargs={"encoding": "utf-8"}
                """.formatted(log);
        apply(config8, true);
        apply(config8, true);
        assertEquals(1, OpenFds.on(log), "the first handler's descriptor is closed, the second's open");
        FileHandler h = assertInstanceOf(FileHandler.class, Logging.getLogger().handlers().get(0));
        assertEquals("utf-8", h.encoding());
        assertEquals(log.toString(), h.baseFilename());
        Logging.getLogger().debug("caf\u00e9");
        h.close();
        assertEquals("caf\u00e9\n", Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void disablingExistingLoggersAsPython() throws Exception {
        String disableTest = CONFIGS.get("disable_test");
        apply(disableTest, true);
        Logger pristine = Logging.getLogger("some_pristine_logger");
        assertFalse(pristine.disabled());
        apply(disableTest, true);
        assertTrue(pristine.disabled());
        apply(disableTest, false);
        assertFalse(pristine.disabled());
    }

    @Test
    void anInvalidFileIsARuntimeError() {
        String invalid = """
                [loggers]
                keys=root

                [handlers]
                keys=hand1

                [formatters]
                keys=form1

                [logger_root]
                handlers=hand1

                [handler_hand1]
                class=StreamHandler
                formatter=form1

                [formatter_form1]
                format=%(levelname)s ++ %(message)s

                prince
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> apply(invalid, true));
        assertEquals("<???> is invalid: Source contains parsing errors: '<???>'\n\t[line 20]: 'prince\\n'",
                e.getMessage());
    }

    @Test
    void anEmptyOrMissingFileAsPython() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.ini"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LoggingConfig.fileConfig(empty.toString()));
        assertEquals(empty + " is an empty file", e.getMessage());
        String missing = dir.resolve("filenotfound").toString();
        FileNotFoundOsException f = assertThrows(FileNotFoundOsException.class,
                () -> LoggingConfig.fileConfig(missing));
        assertEquals(missing + " doesn't exist", f.getMessage());
    }

    /** bpo-33802: the defaults are not interpolated unless a value uses them; {@code args=tuple()}. */
    @Test
    void defaultsDoNoInterpolationAndNamesTheHandlers() throws Exception {
        Path ini = dir.resolve("test_logging.ini");
        Files.writeString(ini, """
                [formatters]
                keys=default

                [formatter_default]

                [handlers]
                keys=console

                [handler_console]
                class=logging.StreamHandler
                args=tuple()

                [loggers]
                keys=root

                [logger_root]
                formatter=default
                handlers=console
                """);
        LoggingConfig.fileConfig(ini.toString(), Map.of("format", "%(asctime)s [%(process)d]"), false, "utf-8");
        Handler h = Logging.getLogger().handlers().get(0);
        assertEquals("console", h.name());
        assertEquals(System.err, ((StreamHandler) h).stream());
    }

    @Test
    void interpolationContinuationsCommentsAndKeysAsConfigparser() throws Exception {
        String text = """
                [DEFAULT]
                base = IN
                [loggers]
                KEYS : root
                # a comment
                ; another
                [handlers]
                keys=hand1
                [formatters]
                keys=form1
                [logger_root]
                level=%(base)s%(rest)s
                rest=FO
                handlers=hand1
                [handler_hand1]
                class=StreamHandler
                formatter=form1
                args=(sys.stdout,
                    )
                [formatter_form1]
                format=%(message)s
                """;
        apply(text, true);
        Logging.getLogger().info("%s", "seen");
        Logging.getLogger().debug("not seen");
        assertEquals("seen\n", stdout());
        assertEquals(Logging.INFO, Logging.getLogger().level());
        String python = Python.require313().run("""
                import configparser, io, sys
                cp = configparser.ConfigParser()
                cp.read_file(io.StringIO(sys.argv[1]))
                print(cp['logger_root']['level'], repr(cp['handler_hand1']['args']), cp['handler_hand1']['base'],
                      sep='|')
                """, text);
        assertEquals("INFO|'(sys.stdout,\\n)'|IN\n", python);
    }

    @Test
    void onlyLiteralsAreEvaluated() {
        String text = CONFIGS.get("config0").replace("args=(sys.stdout,)", "args=(__import__('os').getcwd(),)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> apply(text, true));
        assertTrue(e.getMessage().startsWith("fileConfig evaluates only literals"), e.getMessage());
        String missing = CONFIGS.get("config0").replace("formatter=form1", "formatter=nope");
        assertThrows(NoSuchElementException.class, () -> apply(missing, true));
    }
}
