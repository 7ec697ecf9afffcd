package org.osprey.logging.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.logging.Formatter;
import org.osprey.logging.Logging;
import org.osprey.logging.StreamHandler;

/**
 * CPython 3.13's ConfigDictTest: its configurations (config0 to config17, as data: CPython's dict literals) and
 * its log calls, run here and by python3, with the same output; and the structure each one builds.
 */
class DictConfigTest extends ConfigState {
    private static final Map<String, String> CONFIGS = new LinkedHashMap<>();

    static {
        CONFIGS.put("config0", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config1", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config1a", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config2", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdbout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config2a", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NTOSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config2b", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WRANING',
                    },
                }
                """);
        CONFIGS.put("config3", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'misspelled_name',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config4", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            '()' : 'TEST.ExceptionFormatter',
                            'format' : '%(levelname)s:%(name)s:%(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'root' : {
                        'level' : 'NOTSET',
                            'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config5", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'TEST.CustomHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config6", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'TEST.CustomHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                            '9' : 'invalid parameter name',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config7", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.lexer' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config8", """
                {
                    'version': 1,
                    'disable_existing_loggers' : False,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                        'compiler.lexer' : {
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config8a", """
                {
                    'version': 1,
                    'disable_existing_loggers' : True,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                        'compiler.lexer' : {
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config9", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'WARNING',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'WARNING',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'NOTSET',
                    },
                }
                """);
        CONFIGS.put("config9a", """
                {
                    'version': 1,
                    'incremental' : True,
                    'handlers' : {
                        'hand1' : {
                            'level' : 'WARNING',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'INFO',
                        },
                    },
                }
                """);
        CONFIGS.put("config9b", """
                {
                    'version': 1,
                    'incremental' : True,
                    'handlers' : {
                        'hand1' : {
                            'level' : 'INFO',
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'INFO',
                        },
                    },
                }
                """);
        CONFIGS.put("config10", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'filters' : {
                        'filt1' : {
                            'name' : 'compiler.parser',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                            'filters' : ['filt1'],
                        },
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'filters' : ['filt1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config11", """
                {
                    'version': 1,
                    'true_formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handler_configs': {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'formatters' : 'cfg://true_formatters',
                    'handlers' : {
                        'hand1' : 'cfg://handler_configs[hand1]',
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config12", """
                {
                    'true_formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handler_configs': {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'formatters' : 'cfg://true_formatters',
                    'handlers' : {
                        'hand1' : 'cfg://handler_configs[hand1]',
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config13", """
                {
                    'version': 2,
                    'true_formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handler_configs': {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'formatters' : 'cfg://true_formatters',
                    'handlers' : {
                        'hand1' : 'cfg://handler_configs[hand1]',
                    },
                    'loggers' : {
                        'compiler.parser' : {
                            'level' : 'DEBUG',
                            'handlers' : ['hand1'],
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                    },
                }
                """);
        CONFIGS.put("config14", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(levelname)s ++ %(message)s',
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                            '.': {
                                'terminator': '!\\n',
                            }
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config16", """
                {
                    'version': 1,
                    'formatters': {
                        'form1' : {
                            'format' : '%(message)s ++ %(customfield)s',
                            'defaults': {"customfield": "defaultvalue"}
                        },
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'form1',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
        CONFIGS.put("config17", """
                {
                    'version': 1,
                    'formatters': {
                        "custom": {
                            "()": 'TEST.CustomFormatter',
                            "style": "{",
                            "datefmt": "%Y-%m-%d %H:%M:%S",
                            "format": "{message}", # <-- to force an exception when configuring
                            ".": {
                                "custom_property": "value"
                            }
                        }
                    },
                    'handlers' : {
                        'hand1' : {
                            'class' : 'logging.StreamHandler',
                            'formatter' : 'custom',
                            'level' : 'NOTSET',
                            'stream'  : 'ext://sys.stdout',
                        },
                    },
                    'root' : {
                        'level' : 'WARNING',
                        'handlers' : ['hand1'],
                    },
                }
                """);
    }

    /** Python's {@code RuntimeError}, so that both exceptions print the same name. */
    static final class RuntimeError extends RuntimeException {
        RuntimeError() {
            super("");
        }
    }

    /** test_logging's ExceptionFormatter: the exception as its class name only. */
    public static class ExceptionFormatter extends Formatter {
        public ExceptionFormatter(String fmt) {
            super(fmt);
        }

        public ExceptionFormatter(String fmt, String datefmt, String style) {
            super(fmt, datefmt, style);
        }

        @Override
        public String formatException(Throwable error) {
            return "Got a [" + error.getClass().getSimpleName() + "]";
        }
    }

    /** test_logging's CustomHandler. */
    public static class CustomHandler extends StreamHandler {
        public CustomHandler(PrintStream stream) {
            super(stream);
        }
    }

    /** test_logging's CustomFormatter, with a property the {@code '.'} entry sets. */
    public static class CustomFormatter extends Formatter {
        private String customProperty = ".";

        public CustomFormatter(String fmt, String datefmt, String style) {
            super(fmt, datefmt, style);
        }

        public void setCustomProperty(String value) {
            customProperty = value;
        }

        String customProperty() {
            return customProperty;
        }
    }

    private static Scenario scenario() {
        return Scenario.dicts(CONFIGS);
    }

    private void same(String expected, String... steps) {
        same(scenario(), expected, steps);
    }

    @Test
    void config0() {
        same("ERROR ++ 2\n", "config config0", "log root INFO", "log root ERROR");
        assertInstanceOf(StreamHandler.class, Logging.getHandlerByName("hand1"));
        assertSame(System.out, ((StreamHandler) Logging.getHandlerByName("hand1")).stream());
        assertEquals(Logging.WARNING, Logging.getLogger().level());
    }

    @Test
    void config1() {
        same("INFO ++ 1\nERROR ++ 2\n", "config config1", "log compiler.parser INFO", "log compiler.parser ERROR");
        assertEquals(Logging.DEBUG, Logging.getLogger("compiler.parser").level());
        assertEquals(List.of(Logging.getHandlerByName("hand1")), Logging.getLogger("compiler.parser").handlers());
    }

    @Test
    void config11CfgReferences() {
        same("INFO ++ 1\nERROR ++ 2\n", "config config11", "log compiler.parser INFO", "log compiler.parser ERROR");
        assertEquals("%(levelname)s ++ %(message)s", Logging.getHandlerByName("hand1").formatter().fmt());
    }

    @Test
    void failuresAsPython() {
        same("failed config2: Unable to configure handler 'hand1'\n"
                + "failed config2a: Unable to configure handler 'hand1'\n"
                + "failed config2b: Unable to configure root logger\n"
                + "failed config3: Unable to configure handler 'hand1'\n"
                + "failed config6: Unable to configure handler 'hand1'\n"
                + "failed config12: dictionary doesn't specify a version\n"
                + "failed config13: Unsupported version: 2\n",
                "config config2", "config config2a", "config config2b", "config config3", "config config6",
                "config config12", "config config13");
    }

    @Test
    void config4CustomFormatterClass() {
        same("ERROR:root:just testing\nGot a [RuntimeError]\n", "config config4", "exception root");
        assertInstanceOf(ExceptionFormatter.class, Logging.getHandlerByName("hand1").formatter());
    }

    @Test
    void config5CustomHandlerClass() {
        same("INFO ++ 1\nERROR ++ 2\n", "config config5", "log compiler.parser INFO", "log compiler.parser ERROR");
        assertInstanceOf(CustomHandler.class, Logging.getHandlerByName("hand1"));
    }

    @Test
    void config7DisablesTheLoggersItDoesNotName() {
        same("INFO ++ 1\nERROR ++ 2\nINFO ++ 4\nERROR ++ 5\n", "config config1", "log compiler.parser INFO",
                "log compiler.parser ERROR", "config config7", "log compiler.parser ERROR",
                "log compiler.lexer INFO", "log compiler.lexer ERROR");
        assertTrue(Logging.getLogger("compiler.parser").disabled());
    }

    @Test
    void config8KeepsChildrenOfNamedLoggers() {
        same("INFO ++ 1\nERROR ++ 2\nINFO ++ 3\nERROR ++ 4\nINFO ++ 5\nERROR ++ 6\n", "config config1",
                "log compiler.parser INFO", "log compiler.parser ERROR", "config config8",
                "log compiler.parser INFO", "log compiler.parser ERROR", "log compiler.lexer INFO",
                "log compiler.lexer ERROR");
        assertFalse(Logging.getLogger("compiler.parser").disabled());
    }

    @Test
    void config8aDisablesAHyphenatedSibling() {
        keepsChildrenDisablesSibling(scenario(), "config1a", "config8a", "compiler-hyphenated");
    }

    @Test
    void config9Incremental() {
        same("INFO ++ 3\n", "config config9", "log compiler.parser INFO", "config config9a",
                "log compiler.parser INFO", "config config9b", "log compiler.parser INFO");
        assertEquals(Logging.INFO, Logging.getHandlerByName("hand1").level());
    }

    @Test
    void config10Filters() {
        same("WARNING ++ 1\nERROR ++ 4\n", "config config10", "log compiler.parser WARNING",
                "log compiler WARNING", "log compiler.lexer WARNING", "log compiler.parser.codegen ERROR");
    }

    @Test
    void config14SetsAttributes() {
        same("WARNING ++ 1!\n", "config config14", "log root WARNING");
        assertEquals("!\n", ((StreamHandler) Logging.getHandlerByName("hand1")).terminator());
    }

    @Test
    void anAttributeTheObjectLacksIsRefused() {
        Map<String, Object> config = new LinkedHashMap<>(scenario().config("config14"));
        Map<String, Object> hand1 = Map.of("class", "logging.StreamHandler", ".", Map.of("foo", "bar"));
        config.put("handlers", Map.of("hand1", hand1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoggingConfig.dictConfig(config));
        assertEquals("Unable to configure handler 'hand1'", e.getMessage());
        assertEquals("'StreamHandler' object has no attribute 'foo' that takes 'bar'", e.getCause().getMessage());
    }

    @Test
    void config16FormatterDefaults() {
        same("1 ++ defaultvalue\n", "config config16", "log root WARNING");
        Formatter f = Logging.getHandlerByName("hand1").formatter();
        assertEquals("Hello ++ customvalue",
                f.format(Logging.makeLogRecord(Map.of("msg", "Hello", "customfield", "customvalue"))));
    }

    @Test
    void config17CustomFormatterTakesFmtAndAttributes() {
        LoggingConfig.dictConfig(scenario().config("config17"));
        CustomFormatter f = assertInstanceOf(CustomFormatter.class, Logging.getHandlerByName("hand1").formatter());
        assertEquals("value", f.customProperty());
        assertEquals("%Y-%m-%d %H:%M:%S", f.datefmt());
    }
}
