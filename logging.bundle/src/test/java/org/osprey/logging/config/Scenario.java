package org.osprey.logging.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osprey.logging.Logging;
import org.osprey.logging.internal.config.PyLiteral;
import org.osprey.logging.internal.format.PyStr;
import org.osprey.testing.Python;

/**
 * The same configurations and log calls run by Java and by CPython 3.13, each writing to its standard output:
 * {@code config NAME} applies a configuration (a failure prints {@code failed NAME: message}), {@code log LOGGER
 * LEVEL} logs the next number as message (test_logging's {@code next_message}), {@code exception LOGGER} logs
 * "just testing" with an exception of class {@code RuntimeError}. In a configuration's text, {@code TEST.} names a
 * class of the test: {@code __main__.} in Python, {@link DictConfigTest}'s nested classes in Java. A failing INI
 * configuration prints no message: fileConfig lets Python's own errors through, which differ from Java's.
 */
final class Scenario {
    /** Python's side of the test classes Java finds in {@link DictConfigTest}. */
    private static final String PYTHON_CLASSES = """
            import io, logging, logging.config, sys, textwrap
            class ExceptionFormatter(logging.Formatter):
                def formatException(self, ei):
                    return "Got a [%s]" % ei[0].__name__
            class CustomHandler(logging.StreamHandler):
                pass
            class CustomFormatter(logging.Formatter):
                custom_property = "."
            """;

    private final Map<String, String> configs;
    /** Whether the configurations are fileConfig's INI texts rather than dictConfig's dicts. */
    private final boolean ini;
    private final List<String> steps = new ArrayList<>();

    private Scenario(Map<String, String> configs, boolean ini) {
        this.configs = configs;
        this.ini = ini;
    }

    /** Configurations that are CPython dict literals, for dictConfig. */
    static Scenario dicts(Map<String, String> configs) {
        return new Scenario(configs, false);
    }

    /** Configurations that are INI texts, for fileConfig. */
    static Scenario files(Map<String, String> configs) {
        return new Scenario(configs, true);
    }

    private String text(String name, String prefix) {
        return configs.get(name).replace("TEST.", prefix);
    }

    /** The Java classes a configuration's {@code TEST.} names. */
    private static final String JAVA_PREFIX = DictConfigTest.class.getName() + "$";

    Scenario step(String step) {
        steps.add(step);
        return this;
    }

    /** The configuration as Java gets it: CPython's dict literal, evaluated. */
    @SuppressWarnings("unchecked")
    Map<String, ?> config(String name) {
        return (Map<String, ?>) PyLiteral.eval(text(name, JAVA_PREFIX));
    }

    /** Runs the steps here, writing to {@code System.out}. */
    void runJava() {
        int n = 0;
        PrintStream out = System.out;
        for (String step : steps) {
            String[] w = step.split(" ");
            switch (w[0]) {
                case "config" -> {
                    try {
                        if (ini) {
                            LoggingConfig.fileConfig(new StringReader(text(w[1], JAVA_PREFIX)), Map.of(), true);
                        } else {
                            LoggingConfig.dictConfig(config(w[1]));
                        }
                    } catch (IOException | RuntimeException e) {
                        out.print("failed " + w[1] + (ini ? "" : ": " + e.getMessage()) + "\n");
                    }
                }
                case "log" -> Logging.getLogger(w[1].equals("root") ? "" : w[1])
                        .log((Integer) Logging.getLevelName(w[2]), Integer.toString(++n));
                case "exception" -> Logging.getLogger(w[1].equals("root") ? "" : w[1])
                        .exception(new DictConfigTest.RuntimeError(), "just testing");
                default -> throw new IllegalArgumentException(step);
            }
        }
        out.flush();
    }

    /** The output of the same steps in CPython 3.13. */
    String runPython() {
        StringBuilder script = new StringBuilder(PYTHON_CLASSES).append("configs = {\n");
        configs.forEach((name, text) -> script.append(PyStr.repr(name)).append(": ")
                .append(PyStr.repr(text.replace("TEST.", "__main__."))).append(",\n"));
        script.append("}\nini = ").append(ini ? "True" : "False").append("\nsteps = [");
        steps.forEach(s -> script.append(PyStr.repr(s)).append(", "));
        script.append("""
                ]
                n = 0
                for step in steps:
                    w = step.split(' ')
                    logger = logging.getLogger('' if len(w) < 2 or w[1] == 'root' else w[1])
                    if w[0] == 'config':
                        try:
                            if ini:
                                logging.config.fileConfig(io.StringIO(textwrap.dedent(configs[w[1]])))
                            else:
                                logging.config.dictConfig(eval(configs[w[1]]))
                        except ValueError as e:
                            print('failed ' + w[1] + ('' if ini else ': ' + str(e)))
                        except Exception as e:
                            if not ini:
                                raise
                            print('failed ' + w[1])
                    elif w[0] == 'log':
                        n += 1
                        logger.log(logging.getLevelName(w[2]), str(n))
                    else:
                        try:
                            raise RuntimeError()
                        except RuntimeError:
                            logger.exception('just testing')
                sys.stdout.flush()
                """);
        return Python.require313().run(script.toString());
    }
}
