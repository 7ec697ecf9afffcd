package org.osprey.glob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

class GlobTest {
    private static final Os OS = Os.get();
    private static final Glob GLOB = Glob.get();
    private static final Supported SUPPORTED = Supported.of(OS);

    @TempDir
    Path tmp;

    private String tree(int dirs, int filesEach) throws IOException {
        String root = tmp.toString();
        for (int d = 0; d < dirs; d++) {
            OS.mkdir(root + "/d" + d);
            for (int f = 0; f < filesEach; f++) {
                OS.close(OS.open(root + "/d" + d + "/f" + f, OS.O_CREAT() | OS.O_WRONLY(), 0644));
            }
        }
        return root;
    }

    @Test
    void iglobHoldsNoDirectoryOpenBetweenPulls() throws Exception {
        assumeTrue(OpenFds.available(), "needs /proc to count descriptors");
        String root = tree(3, 2);
        long before = OpenFds.count();
        List<String> seen = new ArrayList<>();
        try (GlobIterator it = GLOB.iglob("**", GlobOptions.DEFAULT.withRecursive(true).withRootDir(root))) {
            for (String s : it) {
                seen.add(s);
                assertEquals(before, OpenFds.count(), "descriptors open after yielding " + s);
            }
        }
        assertEquals(9, seen.size(), seen.toString());
        assertEquals(GLOB.glob("**", GlobOptions.DEFAULT.withRecursive(true).withRootDir(root)), seen);
    }

    @Test
    void iglobIsLazyAndClosing() throws Exception {
        String root = tree(2, 1);
        GlobIterator it = GLOB.iglob(root + "/*/*", GlobOptions.DEFAULT);
        OS.mkdir(root + "/late");
        OS.close(OS.open(root + "/late/f", OS.O_CREAT() | OS.O_WRONLY(), 0644));
        assertTrue(it.hasNext());
        String first = it.next();
        it.close();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        List<String> all = GLOB.glob(root + "/*/*");
        assertTrue(all.contains(first) && all.contains(root + "/late/f"), all.toString());
    }

    @Test
    void escapeAndHasMagic() {
        assertEquals("a[*]b[?]c[[]d]", GLOB.escape("a*b?c[d]"));
        assertEquals("/x/plain", GLOB.escape("/x/plain"));
        assertTrue(GLOB.hasMagic("a[b"));
        assertTrue(GLOB.hasMagic("?"));
        assertFalse(GLOB.hasMagic("a]b\\c"));
    }

    @Test
    void escapedNamesFindThemselves() throws Exception {
        for (String name : new String[] {"[x]", "a*b", "q?"}) {
            assertEscapedNameFindsItself(name);
        }
    }

    @Test
    void anEscapedUndecodableNameFindsItself() throws Exception {
        SUPPORTED.run("open", () -> assertEscapedNameFindsItself("bad\udcff["));
    }

    private void assertEscapedNameFindsItself(String name) throws IOException {
        String root = tmp.toString();
        OS.close(OS.open(root + "/" + name, OS.O_CREAT() | OS.O_WRONLY(), 0644));
        assertEquals(List.of(root + "/" + name), GLOB.glob(GLOB.escape(root + "/" + name)), name);
    }

    @Test
    void escapeAndHasMagicOfBytesAsCpython() {
        String[] hex = {"", "612a623f635b645d", "ff2a", "c3a93f", "5b5b", "2f782f706c61696e", "e29c2a"};
        StringBuilder got = new StringBuilder();
        for (String h : hex) {
            byte[] b = HexFormat.of().parseHex(h);
            got.append(HexFormat.of().formatHex(GLOB.escape(b))).append(' ').append(GLOB.hasMagic(b)).append('\n');
        }
        String expected = Python.MODERN.withInput("import glob, sys\n"
                + "for h in sys.stdin.read().split(','):\n"
                + "    b = bytes.fromhex(h)\n"
                + "    print(glob.escape(b).hex(), glob.has_magic(b))", String.join(",", hex));
        assertEquals(expected, got.toString().replace("true", "True").replace("false", "False"));
    }

    @Test
    void bytesMatchesAreTheNamesExactBytesAndIglobClosesAsTheStrOne() throws Exception {
        String root = tmp.toString();
        byte[] undecodable = {'n', (byte) 0xff, (byte) 0xc3};
        byte[] dir = FsCodec.encode(root);
        SUPPORTED.run("open",
                () -> OS.close(OS.open(root + "/" + FsCodec.decode(undecodable), OS.O_CREAT() | OS.O_WRONLY(), 0644)));
        OS.close(OS.open(root + "/n\u00e9", OS.O_CREAT() | OS.O_WRONLY(), 0644));
        List<byte[]> found = GLOB.glob(new byte[] {'n', '?', '?'}, GlobOptions.DEFAULT.withRootDir(dir));
        assertEquals(List.of("6ec3a9", HexFormat.of().formatHex(undecodable)),
                found.stream().map(HexFormat.of()::formatHex).sorted().toList());
        try (GlobBytesIterator it = GLOB.iglob(new byte[] {'*'}, GlobOptions.DEFAULT.withRootDir(dir))) {
            assertTrue(it.hasNext());
            it.next();
            it.close();
            assertFalse(it.hasNext());
        }
    }

    /** CPython's glob raises {@code NotImplementedError} from {@code os} where {@code dir_fd} is unavailable. */
    @Test
    void dirFdWhereTheProviderHasNoneIsUnsupportedNotNoMatch() throws Exception {
        assumeFalse(OS.supports().dirFd().contains("open"), "the provider has dir_fd");
        GlobOptions atFd = GlobOptions.DEFAULT.withDirFd(3);
        assertThrows(UnsupportedOperationException.class, () -> GLOB.glob("*", atFd));
        assertThrows(UnsupportedOperationException.class, () -> GLOB.glob("d0/*", atFd));
        assertThrows(UnsupportedOperationException.class, () -> GLOB.glob("plain", atFd));
    }

    @Test
    void aNulIsRejectedBeforeTheDiskIsRead() {
        assertThrows(IllegalArgumentException.class, () -> GLOB.glob("a\0*"));
        assertThrows(IllegalArgumentException.class,
                () -> GLOB.glob("*", GlobOptions.DEFAULT.withRootDir("x\0")));
        assertThrows(IllegalArgumentException.class, () -> GLOB.glob(new byte[] {'a', 0, '*'}));
    }

    @Test
    void translateGivesCpython313sText() throws IOException {
        String text;
        try (InputStream in = GlobTest.class.getResourceAsStream("/glob/translate.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int cases = 0;
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            String seps = unhex(f[2]);
            TranslateOptions options = TranslateOptions.DEFAULT.withRecursive(f[0].equals("1"))
                    .withIncludeHidden(f[1].equals("1")).withSeps(seps.isEmpty() ? null : seps);
            String pattern = unhex(f[3]);
            assertEquals(unhex(f[4]), GLOB.translate(pattern, options), line + ": " + pattern + " " + options);
            cases++;
        }
        assertTrue(cases > 5000, "cases: " + cases);
    }

    private static String unhex(String hex) {
        return hex.equals("-") ? "" : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }
}
