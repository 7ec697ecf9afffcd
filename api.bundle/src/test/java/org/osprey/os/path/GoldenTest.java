package org.osprey.os.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.osprey.os.OsException;

/**
 * Replays what CPython answered (src/test/resources/ospath, written by src/test/python/ospath_golden.py) against
 * each flavour, and lists every case that differs. Calls without a scenario go to the flavour's {@code PURE}
 * instance, so they also show that the string functions never reach for an {@code Os}.
 *
 * <p>The data are CPython 3.13.0's answers. Where a later fix that Osprey follows changed an answer, the fixed
 * answer replaces it explicitly: {@code expandvars-gh136065.jsonl} (written by
 * src/test/python/expandvars_fixed.py) lists each such case with the 3.13.0 answer it replaces.
 */
class GoldenTest {
    @Test
    void posixpath() throws IOException {
        replay("posixpath", PosixPath.PURE, PosixPath::new);
    }

    @Test
    void ntpath() throws IOException {
        replay("ntpath", NtPath.PURE, NtPath::new);
    }

    @SuppressWarnings("unchecked")
    private static void replay(String module, OsPath pure, Function<ProcessEnv, OsPath> flavour) throws IOException {
        List<String> lines = read("/ospath/" + module + ".jsonl");
        Map<String, Object> header = (Map<String, Object>) ((Map<String, Object>) Json.parse(lines.get(0)))
                .get("header");
        assertEquals(module, header.get("module"));
        assertEquals(header.get("cases"), (long) lines.size() - 1, "cases in " + module + ".jsonl");
        Map<String, Map<String, Object>> fixes = fixes(module);
        Map<String, OsPath> scenarios = new HashMap<>();
        ((Map<String, Object>) header.get("scenarios")).forEach((name, scenario) ->
                scenarios.put(name, flavour.apply(new FixedProcessEnv((Map<String, Object>) scenario))));

        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            String f = (String) c.get("f");
            List<Object> args = (List<Object>) c.get("a");
            String scenario = (String) c.get("s");
            Object expected = c.containsKey("e") ? new Raised((String) c.get("e")) : c.get("r");
            Map<String, Object> fix = fixes.remove(key(f, c.containsKey("b"), scenario, args));
            if (fix != null) {
                assertEquals(fix.get("was"), expected, () -> "the golden answer a fix replaces: " + line);
                expected = fix.get("r");
            }
            Object actual;
            boolean bytes = c.containsKey("b");
            OsPath p = scenario == null ? pure : scenarios.get(scenario);
            try {
                actual = bytes ? callBytes(p, f, args) : call(p, f, args);
            } catch (IllegalArgumentException e) {
                actual = new Raised("ValueError");
            } catch (OsException e) {
                actual = new Raised("OSError");
            } catch (RuntimeException e) {
                actual = new Raised(e.toString());
            }
            if (!Objects.equals(expected, actual)) {
                mismatches.add(f + (bytes ? "(bytes)" : "") + repr(args) + (scenario == null ? "" : " in " + scenario)
                        + ": CPython " + repr(expected) + ", Osprey " + repr(actual));
            }
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + (lines.size() - 1) + " " + module
                + " cases differ from CPython " + header.get("cpython") + ":\n" + String.join("\n", mismatches));
        assertEquals(Set.of(), fixes.keySet(), "fixed answers without a golden case");
    }

    /** The answers of {@code module} that fixes after 3.13.0 changed, by {@link #key}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fixes(String module) throws IOException {
        List<String> lines = read("/ospath/expandvars-gh136065.jsonl");
        Map<String, Object> header = (Map<String, Object>) ((Map<String, Object>) Json.parse(lines.get(0)))
                .get("header");
        assertEquals(header.get("cases"), (long) lines.size() - 1, "cases in expandvars-gh136065.jsonl");
        Map<String, Map<String, Object>> fixes = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            Map<String, Object> c = (Map<String, Object>) Json.parse(line);
            if (module.equals(c.get("m"))) {
                fixes.put(key((String) c.get("f"), c.containsKey("b"), (String) c.get("s"), (List<Object>) c.get("a")),
                        c);
            }
        }
        return fixes;
    }

    private static String key(String function, boolean bytes, String scenario, List<Object> args) {
        return function + (bytes ? "(bytes) " : " ") + scenario + " " + repr(args);
    }

    /** What CPython raised, by its exception type. */
    private record Raised(String type) {
    }

    @SuppressWarnings("unchecked")
    private static Object call(OsPath p, String f, List<Object> a) throws OsException {
        return switch (f) {
            case "sep" -> p.sep();
            case "altsep" -> p.altsep();
            case "pathsep" -> p.pathsep();
            case "curdir" -> p.curdir();
            case "pardir" -> p.pardir();
            case "extsep" -> p.extsep();
            case "defpath" -> p.defpath();
            case "devnull" -> p.devnull();
            case "supports_unicode_filenames" -> p.supportsUnicodeFilenames();
            case "basename" -> p.basename(str(a, 0));
            case "dirname" -> p.dirname(str(a, 0));
            case "isabs" -> p.isabs(str(a, 0));
            case "normcase" -> p.normcase(str(a, 0));
            case "normpath" -> p.normpath(str(a, 0));
            case "split" -> tuple(p.split(str(a, 0)).head(), p.split(str(a, 0)).tail());
            case "splitdrive" -> {
                SplitDrive s = p.splitdrive(str(a, 0));
                yield tuple(s.drive(), s.tail());
            }
            case "splitext" -> {
                SplitExt s = p.splitext(str(a, 0));
                yield tuple(s.root(), s.ext());
            }
            case "splitroot" -> {
                SplitRoot s = p.splitroot(str(a, 0));
                yield tuple(s.drive(), s.root(), s.tail());
            }
            case "join" -> p.join(str(a, 0), a.subList(1, a.size()).toArray(new String[0]));
            case "commonpath" -> p.commonpath((List<String>) a.get(0));
            case "commonprefix" -> p.commonprefix((List<String>) a.get(0));
            case "expandvars" -> p.expandvars(str(a, 0));
            case "expanduser" -> p.expanduser(str(a, 0));
            case "abspath" -> p.abspath(str(a, 0));
            case "relpath" -> a.size() == 1 ? p.relpath(str(a, 0)) : p.relpath(str(a, 0), str(a, 1));
            case "realpath" -> p.realpath(str(a, 0));
            case "ismount" -> p.ismount(str(a, 0));
            case "isjunction" -> p.isjunction(str(a, 0));
            case "isdevdrive" -> p.isdevdrive(str(a, 0));
            case "isreserved" -> ((NtPath) p).isreserved(str(a, 0));
            default -> throw new IllegalStateException("no such function in the golden data: " + f);
        };
    }

    /** A call with bytes: each string of the golden data is bytes, one character per byte; so is the answer. */
    @SuppressWarnings("unchecked")
    private static Object callBytes(OsPath p, String f, List<Object> a) throws OsException {
        Object answer = switch (f) {
            case "basename" -> p.basename(bytes(a, 0));
            case "dirname" -> p.dirname(bytes(a, 0));
            case "isabs" -> p.isabs(bytes(a, 0));
            case "normcase" -> p.normcase(bytes(a, 0));
            case "normpath" -> p.normpath(bytes(a, 0));
            case "split" -> {
                SplitBytes s = p.split(bytes(a, 0));
                yield List.of(s.head(), s.tail());
            }
            case "splitdrive" -> {
                SplitDriveBytes s = p.splitdrive(bytes(a, 0));
                yield List.of(s.drive(), s.tail());
            }
            case "splitext" -> {
                SplitExtBytes s = p.splitext(bytes(a, 0));
                yield List.of(s.root(), s.ext());
            }
            case "splitroot" -> {
                SplitRootBytes s = p.splitroot(bytes(a, 0));
                yield List.of(s.drive(), s.root(), s.tail());
            }
            case "join" -> p.join(bytes(a, 0), a.subList(1, a.size()).stream().map(GoldenTest::latin1)
                    .toArray(byte[][]::new));
            case "commonpath" -> p.commonpath(((List<String>) a.get(0)).stream().map(GoldenTest::latin1).toList());
            case "commonprefix" -> p.commonprefix(((List<String>) a.get(0)).stream().map(GoldenTest::latin1).toList());
            case "expandvars" -> p.expandvars(bytes(a, 0));
            case "expanduser" -> p.expanduser(bytes(a, 0));
            case "abspath" -> p.abspath(bytes(a, 0));
            case "relpath" -> a.size() == 1 ? p.relpath(bytes(a, 0)) : p.relpath(bytes(a, 0), bytes(a, 1));
            case "realpath" -> p.realpath(bytes(a, 0));
            case "ismount" -> p.ismount(bytes(a, 0));
            case "isjunction" -> p.isjunction(bytes(a, 0));
            case "isdevdrive" -> p.isdevdrive(bytes(a, 0));
            case "isreserved" -> ((NtPath) p).isreserved(bytes(a, 0));
            default -> throw new IllegalStateException("no such bytes function in the golden data: " + f);
        };
        return asText(answer);
    }

    /** Bytes answers as the golden data writes them; a list of them item by item. */
    private static Object asText(Object answer) {
        if (answer instanceof byte[] b) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (answer instanceof List<?> list) {
            return list.stream().map(GoldenTest::asText).toList();
        }
        return answer;
    }

    private static byte[] latin1(Object s) {
        return ((String) s).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(List<Object> args, int i) {
        return latin1(args.get(i));
    }

    private static String str(List<Object> args, int i) {
        return (String) args.get(i);
    }

    private static List<String> tuple(String... items) {
        return List.of(items);
    }

    /** Python-like quoting that shows every character outside printable ASCII as an escape. */
    private static String repr(Object o) {
        if (o instanceof String s) {
            StringBuilder b = new StringBuilder("'");
            for (char c : s.toCharArray()) {
                if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') {
                    b.append(c);
                } else {
                    b.append(String.format("\\u%04x", (int) c));
                }
            }
            return b.append('\'').toString();
        }
        if (o instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(repr(item)));
            return "(" + String.join(", ", items) + ")";
        }
        return String.valueOf(o);
    }

    private static List<String> read(String resource) throws IOException {
        InputStream in = GoldenTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return r.lines().toList();
        }
    }
}
