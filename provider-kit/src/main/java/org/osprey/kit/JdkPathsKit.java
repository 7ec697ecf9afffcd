package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * {@code os.fspath(Path)} and {@code os.toPath(String)}: JDK paths in and out without losing a byte, whatever
 * {@code sun.jnu.encoding} is (the C locale's ASCII is checked in a child JVM).
 */
public abstract class JdkPathsKit extends ProviderKit {
    /** Hex of each name: lone 0xff, invalid continuation, an encoded surrogate, valid é, plain ASCII. */
    private static final List<String> NAMES = List.of("ff", "c328", "eda080", "636166c3a9", "41");

    protected JdkPathsKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;

    private Path makeNames() {
        Python.run("import os, sys\n"
                + "for h in sys.argv[2:]: os.mkdir(os.path.join(os.fsencode(sys.argv[1]), bytes.fromhex(h)))",
                concat(tmp.toString(), NAMES));
        return tmp;
    }

    /** What the JDK lists, each as the hex of the bytes {@code fspath} gives, with the JDK's own path. */
    private static Map<String, Path> jdkListing(Os os, Path dir) throws IOException {
        Map<String, Path> byHex = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                byHex.put(HexFormat.of().formatHex(FsCodec.encode(os.fspath(p.getFileName()))), p);
            }
        }
        return byHex;
    }

    @Test
    void fspathKeepsEveryByteThatToStringLoses() throws Exception {
        Path dir = makeNames();
        Map<String, Path> listed = jdkListing(os, dir);
        assertEquals(new TreeMap<>(Map.of("ff", 0, "c328", 0, "eda080", 0, "636166c3a9", 0, "41", 0)).keySet(),
                listed.keySet());
        Path undecodable = listed.get("ff");
        assertTrue(undecodable.toString().endsWith("\ufffd"), "the JDK's own toString is lossy: " + undecodable);
        assertEquals(tmp + "/\udcff", os.fspath(undecodable));
        assertEquals("caf\u00e9", os.fspath(listed.get("636166c3a9").getFileName()));
        for (Path p : listed.values()) {
            String name = os.fspath(p);
            assertEquals(p, os.toPath(name), "round trip of " + p);
            assertTrue(Files.isDirectory(os.toPath(name)), name);
            assertTrue(supported().call("stat", () -> os.stat(name)).isDir(), name);
        }
    }

    @Test
    void toPathReachesWhatOspreyCreated() throws Exception {
        String name = tmp + "/made-\udcfe\udc80-caf\u00e9";
        supported().run("mkdir", () -> os.mkdir(name));
        Path p = os.toPath(name);
        assertTrue(Files.isDirectory(p));
        assertEquals("fe80", Python.run("import os, sys\n"
                + "print([n for n in os.listdir(os.fsencode(sys.argv[1])) if n.startswith(b'made-')][0][5:7].hex())",
                tmp.toString()).strip(), "Python sees the bytes");
        assertEquals(name, os.fspath(p));
    }

    @Test
    void relativePathsStayRelative() {
        for (String rel : List.of("a/\udcff/b", "\udcff", "./x\udc80", "../caf\u00e9", "plain/name", "")) {
            Path p = os.toPath(rel);
            assertFalse(p.isAbsolute(), rel);
            assertEquals(rel, os.fspath(p), "round trip of " + rel);
        }
        assertEquals("a/b", os.fspath(os.toPath("a//b/")), "the JDK normalizes separators, as pathlib");
    }

    @Test
    void nulAndOtherFileSystemsAreRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> os.toPath("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> os.toPath("caf\u00e9\0"));
        assertThrows(IllegalArgumentException.class, () -> os.toPath("lone \ud800"), "a surrogate that is no byte");
        Path zip = tmp.resolve("z.zip");
        try (FileSystem zipfs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> os.fspath(zipfs.getPath("/inside")));
            assertTrue(e.getMessage().contains("another file system (jar)"), e.getMessage());
        }
        NullPointerException npe = assertThrows(NullPointerException.class, () -> os.fspath(null));
        assertTrue(npe.getMessage().contains("path"), npe.getMessage());
    }

    /** In the C locale the JDK names files in ASCII: even valid UTF-8 names come back as U+FFFD there. */
    @Test
    void lossLessUnderTheCLocale() throws Exception {
        makeNames();
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(provider, List.of(), CLocaleChild.class,
                tmp.toString()));
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANG");
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(0, child.waitFor(), out);
        List<String> lines = new ArrayList<>(out.lines().toList());
        assertEquals("jnu=ANSI_X3.4-1968", lines.remove(0), out);
        assertEquals(NAMES.stream().sorted().toList(), lines, out);
    }

    /** The child JVM of {@link #lossLessUnderTheCLocale}: prints the hex of each name that {@code fspath} gives. */
    public static final class CLocaleChild {
        public static void main(String[] args) throws Exception {
            Os os = ChildJvm.os();
            System.out.println("jnu=" + System.getProperty("sun.jnu.encoding"));
            Path dir = os.toPath(args[0]);
            for (Map.Entry<String, Path> e : jdkListing(os, dir).entrySet()) {
                if (!Files.isDirectory(os.toPath(os.fspath(e.getValue())))) {
                    throw new AssertionError("toPath(fspath(p)) does not reach " + e.getKey());
                }
                System.out.println(e.getKey());
            }
        }
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
