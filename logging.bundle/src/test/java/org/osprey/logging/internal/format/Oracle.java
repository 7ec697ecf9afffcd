package org.osprey.logging.internal.format;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.osprey.testing.Python;

/**
 * A batch of cases, each a Python expression and the Java call that should give the same text or raise the same
 * error; CPython evaluates the whole batch in one run. Python's errors map to Java's as the engines promise:
 * TypeError, ValueError and AttributeError to IllegalArgumentException, KeyError and IndexError to
 * NoSuchElementException, OverflowError to ArithmeticException; the messages must be equal.
 */
final class Oracle {
    private static final String SCRIPT = String.join("\n",
            "import sys, string, time, datetime, math",
            "exec(open(sys.argv[2], encoding='utf-8').read())",
            "for line in open(sys.argv[1], encoding='utf-8'):",
            "    try:",
            "        r = ('OK', str(eval(line)))",
            "    except Exception as e:",
            "        r = (type(e).__name__, str(e))",
            "    print(r[0], r[1].encode('utf-16-be', 'surrogatepass').hex())");

    private final String what;
    private final long seed;
    private final String prelude;
    private final List<String> labels = new ArrayList<>();
    private final List<String> expressions = new ArrayList<>();
    private final List<Supplier<String>> calls = new ArrayList<>();

    /** {@code seed} is printed on failure, so that a random batch can be made again. */
    Oracle(String what, long seed) {
        this(what, seed, "");
    }

    /** {@code prelude}: Python definitions the expressions use. */
    Oracle(String what, long seed, String prelude) {
        this.what = what;
        this.seed = seed;
        this.prelude = prelude;
    }

    void add(String label, String python, Supplier<String> java) {
        if (python.contains("\n")) {
            throw new IllegalArgumentException("one expression a line: " + python);
        }
        labels.add(label);
        expressions.add(python);
        calls.add(java);
    }

    int size() {
        return labels.size();
    }

    /** Runs the batch on CPython 3.13 and fails listing the first differences. */
    void check() {
        List<String> expected = run();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < labels.size(); i++) {
            String[] py = expected.get(i).split(" ", -1);
            String pyText = utf16(py[1]);
            String javaKind;
            String javaText;
            try {
                javaText = calls.get(i).get();
                javaKind = "OK";
            } catch (IllegalArgumentException e) {
                javaKind = "IllegalArgumentException";
                javaText = e.getMessage();
            } catch (NoSuchElementException e) {
                javaKind = "NoSuchElementException";
                javaText = e.getMessage();
            } catch (ArithmeticException e) {
                javaKind = "ArithmeticException";
                javaText = e.getMessage();
            } catch (RuntimeException e) {
                javaKind = e.toString();
                javaText = "";
            }
            // a width past an int: CPython tries to build the string and runs out of memory, Java refuses first
            boolean bothTooBig = py[0].equals("MemoryError") && javaKind.equals("IllegalArgumentException")
                    && javaText.equals("width too big");
            if (!bothTooBig && (!javaKind.equals(javaKindOf(py[0])) || !javaText.equals(pyText))) {
                if (failed++ < 25) {
                    failures.add(labels.get(i) + "\n    python: " + py[0] + " " + quote(pyText)
                            + "\n    java:   " + javaKind + " " + quote(javaText));
                }
            }
        }
        if (failed > 0) {
            fail(what + ": " + failed + " of " + labels.size() + " cases differ from CPython (seed " + seed
                    + ", -Dformat.seed=" + seed + " repeats it):\n" + String.join("\n", failures));
        }
    }

    /** UTF-16 code units in hex, lone surrogates included (Java's decoders would replace them). */
    private static String utf16(String hex) {
        StringBuilder s = new StringBuilder(hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            s.append((char) Integer.parseInt(hex, i, i + 4, 16));
        }
        return s.toString();
    }

    private static String quote(String s) {
        return "[" + s.replace("\n", "\\n") + "]";
    }

    private static String javaKindOf(String pythonError) {
        return switch (pythonError) {
            case "OK" -> "OK";
            case "TypeError", "ValueError", "AttributeError" -> "IllegalArgumentException";
            case "KeyError", "IndexError" -> "NoSuchElementException";
            case "OverflowError" -> "ArithmeticException";
            default -> pythonError;
        };
    }

    private List<String> run() {
        try {
            Path cases = Files.createTempFile("oracle", ".py");
            Path definitions = Files.createTempFile("prelude", ".py");
            try {
                Files.write(cases, expressions, StandardCharsets.UTF_8);
                Files.writeString(definitions, prelude, StandardCharsets.UTF_8);
                List<String> out = Python.require313().lines(SCRIPT, cases.toString(), definitions.toString());
                if (out.size() != expressions.size()) {
                    throw new IllegalStateException("CPython answered " + out.size() + " of " + expressions.size());
                }
                return out;
            } finally {
                Files.delete(cases);
                Files.delete(definitions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
