package org.osprey.filecmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.FsCodec;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** {@code filecmp} against CPython's on the same real files and trees. */
class FilecmpTest {
    private static final long T0 = 1_600_000_000_000_000_000L;

    private final Os os = Os.get();
    private final Filecmp filecmp = Filecmp.of(os);

    @TempDir
    Path tmp;

    private String left;
    private String right;

    @BeforeEach
    void twinTrees() throws IOException {
        left = tmp.resolve("left").toString();
        right = tmp.resolve("right").toString();
        for (String side : List.of(left, right)) {
            boolean l = side.equals(left);
            file(side, "same.txt", "same\n", T0);
            file(side, "it's.txt", "quote\n", T0);
            file(side, "caf\u00e9 \"q\"", "unicode\n", T0);
            file(side, "sizes", l ? "short" : "longer", T0);
            // same size and mtime, different bytes: equal for a shallow look only
            file(side, "sneaky", l ? "aaaa" : "bbbb", T0);
            // same bytes, different mtimes: equal only after reading
            file(side, "touched", "content", l ? T0 : T0 + 5_000_000_000L);
            file(side, l ? "only-left" : "only-right", "x", T0);
            file(side, ".git/config", "ignored", T0);
            file(side, "CVS/Root", "ignored", T0);
            file(side, "sub/a", l ? "1" : "2", T0);
            file(side, "sub/deeper/b", "b", T0);
            file(side, "sub/deeper/" + (l ? "lonely" : "alone"), "c", T0);
            file(side, "sub2/z", "z", T0);
            if (l) {
                file(side, "kind", "a file", T0);
            } else {
                Files.createDirectories(Path.of(side, "kind"));
            }
            Files.createSymbolicLink(Path.of(side, "dangling"), Path.of("nowhere"));
        }
    }

    /** Adds to both trees a name that is not UTF-8 on disk, or skips where the provider cannot make one. */
    private void undecodableTwins() throws Exception {
        Supported.of(os).run("open", () -> {
            undecodable(left + "/bad\udcffname", "1");
            undecodable(right + "/bad\udcffname", "22");
        });
    }

    private void file(String dir, String name, String content, long mtimeNs) throws IOException {
        Path p = Path.of(dir, name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        os.utimeNs(p.toString(), mtimeNs, mtimeNs, At.DEFAULT);
    }

    /** A name that is not UTF-8 on disk (byte 0xff), which only the os API can create. */
    private void undecodable(String path, String content) throws IOException {
        int fd = os.open(path, os.O_WRONLY() | os.O_CREAT(), 0644);
        try {
            os.write(fd, content.getBytes(StandardCharsets.US_ASCII));
        } finally {
            os.close(fd);
        }
    }

    private static final String REPORT = String.join("\n",
            "import filecmp, sys",
            "kw = {} if sys.argv[4] == 'default' else {'shallow': sys.argv[4] == 'shallow'}",
            "d = filecmp.dircmp(sys.argv[2], sys.argv[3], **kw)",
            "getattr(d, sys.argv[1])()");

    private byte[] python(String method, String shallow) throws Exception {
        return Python.MODERN.runBytes(REPORT, method, left, right, shallow);
    }

    private static byte[] captured(IoConsumer<PrintStream> body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        return bytes.toByteArray();
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private static void assertSameText(byte[] expected, byte[] actual) {
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(expected, actual), "byte-identical");
    }

    @Test
    void reportsAreByteIdenticalToPythons() throws Exception {
        Dircmp d = filecmp.dircmp(left, right);
        assertSameText(python("report", "default"), captured(d::report));
        assertSameText(python("report_partial_closure", "default"), captured(d::reportPartialClosure));
        assertSameText(python("report_full_closure", "default"), captured(d::reportFullClosure));
    }

    @Test
    void deepDircmpReportsLikePython313() throws Exception {
        assertDeepReportLikePython313("Differing files : ['sizes', 'sneaky']");
    }

    private void assertDeepReportLikePython313(String differing) throws Exception {
        assumeTrue(Python.MODERN.is313(), "dircmp(shallow=...) needs CPython 3.13");
        Dircmp deep = filecmp.dircmp(left, right, DircmpOptions.DEFAULT.withShallow(false));
        byte[] mine = captured(deep::reportFullClosure);
        assertSameText(python("report_full_closure", "deep"), mine);
        String text = new String(mine, StandardCharsets.UTF_8);
        assertTrue(text.contains(differing), text);
    }

    @Test
    void undecodableNamesAreComparedAndReportedAsPythonDoes() throws Exception {
        undecodableTwins();
        Dircmp d = filecmp.dircmp(left, right);
        assertSameText(python("report_full_closure", "default"), captured(d::reportFullClosure));
        assertAttributesMatchPythons();
        assertDeepReportLikePython313("Differing files : ['bad\\udcffname', 'sizes', 'sneaky']");
    }

    @Test
    void attributesMatchPythons() throws Exception {
        assertAttributesMatchPythons();
    }

    private void assertAttributesMatchPythons() throws Exception {
        String script = String.join("\n",
                "import filecmp, sys",
                "d = filecmp.dircmp(sys.argv[1], sys.argv[2], ignore=['sub2'], hide=['same.txt'])",
                "for a in ['left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs',",
                "          'common_files', 'common_funny', 'same_files', 'diff_files', 'funny_files']:",
                "    print(a, *getattr(d, a), sep='|')",
                "print('subdirs', *d.subdirs, *d.subdirs['sub'].subdirs['deeper'].left_only, sep='|')");
        Dircmp d = filecmp.dircmp(left, right,
                DircmpOptions.DEFAULT.withIgnore(List.of("sub2")).withHide(List.of("same.txt")));
        List<List<String>> values = List.of(d.leftList(), d.rightList(), d.common(), d.leftOnly(), d.rightOnly(),
                d.commonDirs(), d.commonFiles(), d.commonFunny(), d.sameFiles(), d.diffFiles(), d.funnyFiles());
        List<String> names = List.of("left_list", "right_list", "common", "left_only", "right_only", "common_dirs",
                "common_files", "common_funny", "same_files", "diff_files", "funny_files");
        StringBuilder mine = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            mine.append(line(names.get(i), values.get(i)));
        }
        List<String> subdirs = new ArrayList<>(d.subdirs().keySet());
        subdirs.addAll(d.subdirs().get("sub").subdirs().get("deeper").leftOnly());
        mine.append(line("subdirs", subdirs));
        assertEquals(FsCodec.decode(Python.MODERN.runBytes(script, left, right)), mine.toString());
        assertTrue(d.leftList().contains(".git") && d.leftList().contains("CVS"), "a given ignore list replaces");
        assertFalse(d.leftList().contains("same.txt"), "hidden");
    }

    private static String line(String attribute, List<String> names) {
        List<String> fields = new ArrayList<>(List.of(attribute));
        fields.addAll(names);
        return String.join("|", fields) + "\n";
    }

    @Test
    void cmpAgreesWithPythonShallowAndDeep() throws Exception {
        List<String> names = List.of("same.txt", "sizes", "sneaky", "touched", "kind", "sub/a");
        StringBuilder mine = new StringBuilder();
        for (String n : names) {
            for (boolean shallow : new boolean[] {true, false}) {
                mine.append(n).append(' ').append(shallow ? "True" : "False").append(' ')
                        .append(filecmp.cmp(left + "/" + n, right + "/" + n, shallow) ? "True" : "False")
                        .append('\n');
            }
        }
        String script = String.join("\n",
                "import filecmp, sys",
                "for n in sys.argv[3:]:",
                "    for sh in (True, False):",
                "        print(n, sh, filecmp.cmp(sys.argv[1] + '/' + n, sys.argv[2] + '/' + n, sh))");
        List<String> args = new ArrayList<>(List.of(left, right));
        args.addAll(names);
        assertEquals(new String(Python.MODERN.runBytes(script, args.toArray(String[]::new)), StandardCharsets.UTF_8),
                mine.toString());
    }

    @Test
    void deepComparisonReadsPastTheBuffer() throws Exception {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Path a = tmp.resolve("big-a");
        Path b = tmp.resolve("big-b");
        Files.write(a, big);
        Files.write(b, big);
        assertTrue(filecmp.cmp(a.toString(), b.toString(), false));
        big[big.length - 1]++;
        Files.write(b, big);
        assertFalse(filecmp.cmp(a.toString(), b.toString(), false));
    }

    @Test
    void theCacheAnswersForUnchangedSignaturesAndForgetsChangedOnesLikePython() throws Exception {
        // a stale cached answer is CPython's documented behaviour: only (names, signatures) are the key
        String a = tmp.resolve("a").toString();
        String b = tmp.resolve("b").toString();
        String script = String.join("\n",
                "import filecmp, os, sys",
                "a, b, t = sys.argv[1], sys.argv[2], int(sys.argv[3])",
                "def put(p, s, ns):",
                "    open(p, 'w').write(s); os.utime(p, ns=(ns, ns))",
                "put(a, 'abcd', t); put(b, 'abcd', t + 1000000000)",
                "print(filecmp.cmp(a, b))",
                "put(b, 'wxyz', t + 1000000000)",
                "print(filecmp.cmp(a, b))",
                "put(b, 'wxyz', t + 2000000000)",
                "print(filecmp.cmp(a, b))",
                "filecmp.clear_cache(); put(b, 'abcd', t + 2000000000); print(filecmp.cmp(a, b))",
                "put(b, 'wxyz', t + 2000000000)",
                "filecmp.clear_cache(); print(filecmp.cmp(a, b))");
        String expected = new String(Python.MODERN.runBytes(script, a, b, Long.toString(T0)), StandardCharsets.UTF_8);
        StringBuilder mine = new StringBuilder();
        put(a, "abcd", T0);
        put(b, "abcd", T0 + 1_000_000_000L);
        mine.append(py(filecmp.cmp(a, b)));
        put(b, "wxyz", T0 + 1_000_000_000L);
        mine.append(py(filecmp.cmp(a, b)));
        put(b, "wxyz", T0 + 2_000_000_000L);
        mine.append(py(filecmp.cmp(a, b)));
        filecmp.clearCache();
        put(b, "abcd", T0 + 2_000_000_000L);
        mine.append(py(filecmp.cmp(a, b)));
        put(b, "wxyz", T0 + 2_000_000_000L);
        filecmp.clearCache();
        mine.append(py(filecmp.cmp(a, b)));
        assertEquals("True\nTrue\nFalse\nTrue\nFalse\n", expected, "the oracle's own sequence");
        assertEquals(expected, mine.toString());
    }

    private void put(String path, String content, long mtimeNs) throws IOException {
        Files.writeString(Path.of(path), content);
        os.utimeNs(path, mtimeNs, mtimeNs, At.DEFAULT);
    }

    private static String py(boolean b) {
        return b ? "True\n" : "False\n";
    }

    @Test
    void cmpfilesSortsNamesAndPutsTheIncomparableInErrors() throws Exception {
        CmpfilesResult r = filecmp.cmpfiles(left, right,
                List.of("same.txt", "sneaky", "touched", "missing", "kind", "nul\0name", "dangling"), false);
        assertEquals(List.of("same.txt", "touched"), r.match());
        assertEquals(List.of("sneaky", "kind"), r.mismatch());
        assertEquals(List.of("missing", "nul\0name", "dangling"), r.errors());
        CmpfilesResult shallow = filecmp.cmpfiles(left, right, List.of("sneaky", "touched"));
        assertEquals(List.of("sneaky", "touched"), shallow.match(), "different signatures: the bytes decide");
        assertEquals(List.of(), shallow.mismatch());
    }

    @Test
    void errorsAreTheOsExceptionsOfTheFailingCall() throws Exception {
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class,
                () -> filecmp.cmp(left + "/missing", right + "/same.txt"));
        assertEquals(left + "/missing", e.filename());
        assertThrows(IllegalArgumentException.class, () -> filecmp.cmp("a\0b", right));
        Dircmp d = filecmp.dircmp(left + "/missing", right);
        FileNotFoundOsException listing = assertThrows(FileNotFoundOsException.class, d::leftOnly);
        assertEquals(left + "/missing", listing.filename());
        assertThrows(FileNotFoundOsException.class, () -> d.report(new StringBuilder()), "a failed phase is retried");
    }

    @Test
    void comparisonsLeaveNoDescriptorOpen() throws Exception {
        assumeTrue(OpenFds.available(), "counts descriptors through /proc");
        long before = OpenFds.count();
        for (int i = 0; i < 100; i++) {
            filecmp.clearCache();
            filecmp.cmp(left + "/sneaky", right + "/sneaky", false);
            filecmp.cmpfiles(left, right, List.of("missing", "sizes", "touched"), false);
            filecmp.dircmp(left, right).reportFullClosure(new StringBuilder());
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void defaultsAreCpython313s() {
        assertEquals(List.of("RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"),
                Filecmp.DEFAULT_IGNORES);
        Dircmp d = filecmp.dircmp(left, right);
        assertEquals(List.of(".", ".."), d.options().hide());
        assertTrue(d.options().shallow());
        assertEquals(left, d.left());
        assertEquals(right, d.right());
    }
}
