package org.osprey.shutil.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.archive.TestArchives.Member;
import org.osprey.testing.Python;

/**
 * Member names and link targets that cannot be file names, or that the OS refuses: the archive functions' errors
 * are always checked ones that say which member (and which archive), never an unchecked exception from a name.
 * What was extracted before the failing member stays, as in CPython; nothing is written outside.
 */
class MemberNamesTest {
    private static final String LONG = "n".repeat(300); // longer than NAME_MAX (255)

    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);

    @TempDir
    Path tmp;
    Path dest;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        dest = tmp.resolve("box/dest");
        outside = Files.createDirectories(tmp.resolve("box/outside"));
    }

    private void unpack(String archive, ExtractFilter filter) throws IOException {
        shutil.unpackArchive(archive, dest.toString(), UnpackOptions.DEFAULT.withFilter(filter));
    }

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertNothingOutside() throws IOException {
        assertEquals(List.of(), names(outside));
        assertEquals(List.of("dest", "outside"), names(tmp.resolve("box")));
    }

    @Test
    void aNulInAZipNameIsARefusalNamingTheMemberAndTheArchive() throws IOException {
        String zip = TestArchives.zip(tmp.resolve("nul.zip"), Member.file("ok.txt", "ok"), Member.file("a\0b", "x"),
                Member.file("after.txt", "after"));
        var e = assertThrows(ArchiveFilterException.class, () -> shutil.unpackArchive(zip, dest.toString()));
        assertEquals("a\0b", e.member());
        assertEquals(zip, e.archive());
        assertEquals("member 'a\\x00b' has a NUL byte in its name", e.getMessage());
        assertEquals(List.of("ok.txt"), names(dest), "what came before stays; nothing is cut at the NUL");
        assertNothingOutside();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void nulsInTarNamesAndLinkTargetsAreRefusals(ExtractFilter filter) throws IOException {
        String nul = "x".repeat(120) + "\0b"; // too long for the header: stored whole in a GNU record or PAX header
        for (int mode : new int[] {TarArchiveOutputStream.LONGFILE_GNU, TarArchiveOutputStream.LONGFILE_POSIX}) {
            Path file = tmp.resolve("nul" + mode + ".tar");
            var e = assertThrows(ArchiveFilterException.class, () -> unpack(TestArchives.tar(file, mode,
                    Member.file("ok", "ok"), Member.file(nul, "x")), filter));
            assertEquals(nul, e.member());
            assertEquals(file.toString(), e.archive());
            e = assertThrows(ArchiveFilterException.class, () -> unpack(TestArchives.tar(file, mode,
                    Member.symlink("sym", nul)), filter));
            assertEquals("sym", e.member());
            assertTrue(e.getMessage().endsWith("which has a NUL byte"), e.getMessage());
            e = assertThrows(ArchiveFilterException.class, () -> unpack(TestArchives.tar(file, mode,
                    Member.hardlink("hard", nul)), filter));
            assertEquals("hard", e.member(), "the link is the member refused, not its target");
        }
        assertEquals(List.of("ok"), names(dest));
        assertNothingOutside();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void hardLinkRefusalsNameTheLink(ExtractFilter filter) throws IOException {
        Path file = tmp.resolve("h.tar");
        var e = assertThrows(ArchiveFilterException.class,
                () -> unpack(TestArchives.tar(file, Member.hardlink("h", "../outside/x")), filter));
        assertEquals("h", e.member());
        e = assertThrows(ArchiveFilterException.class,
                () -> unpack(TestArchives.tar(file, Member.hardlink("h", "/etc/passwd")), filter));
        assertEquals("'h' is a link to an absolute path", e.getMessage());
        assertNothingOutside();
    }

    /** An over-long name is the OS's error, as in CPython, naming the member's place in the destination. */
    @Test
    void overLongNamesAreOsErrorsNamingTheMemberAsInPython313() throws IOException {
        String tar = TestArchives.tar(tmp.resolve("long.tar"), Member.file("ok", "ok"),
                Member.file("sub/" + LONG, "x"));
        String zip = TestArchives.zip(tmp.resolve("long.zip"), Member.file("ok", "ok"),
                Member.file("sub/" + LONG, "x"));
        String script = "import shutil, sys\ntry:\n    shutil.unpack_archive(sys.argv[1], sys.argv[2], **("
                + "{'filter': 'data'} if sys.argv[1].endswith('.tar') else {}))\nexcept OSError as e:\n"
                + "    print(type(e).__name__, e, sep='|', end='')";
        for (String archive : List.of(tar, zip)) {
            String py = tmp.resolve("box/py").toString();
            String expected = Python.require313().run(script, archive, py).replace(py, dest.toString());
            OsException e = assertThrows(OsException.class, () -> shutil.unpackArchive(archive, dest.toString()));
            assertSame(OsException.class, e.getClass());
            assertEquals(expected, "OSError|" + e.getMessage());
            assertEquals(dest.resolve("sub/" + LONG).toString(), e.filename());
            assertTrue(Files.exists(dest.resolve("ok")), "what came before stays");
            deleteTree(tmp.resolve("box/py"));
        }
        assertNothingOutside();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void anOverLongLinkTargetIsACheckedError(ExtractFilter filter) throws IOException {
        String tar = TestArchives.tar(tmp.resolve("t.tar"), Member.symlink("s", "t".repeat(5000)));
        IOException e = assertThrows(IOException.class, () -> unpack(tar, filter));
        assertTrue(e instanceof OsException os && dest.resolve("s").toString().equals(os.filename2())
                || e instanceof ArchiveFilterException f && f.member().equals("s"), e.toString());
        assertFalse(Files.exists(dest.resolve("s"), LinkOption.NOFOLLOW_LINKS));
        assertNothingOutside();
    }

    /**
     * {@code os.symlink('', name)} fails with ENOENT; CPython then tries to extract a copy of the link's target
     * member instead, finds none and skips the member silently. Here it is the OS's error, naming the member.
     */
    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void anEmptyLinkTargetIsTheOsError(ExtractFilter filter) throws IOException {
        String tar = TestArchives.tar(tmp.resolve("e.tar"), Member.symlink("e", ""));
        OsException e = assertThrows(OsException.class, () -> unpack(tar, filter));
        assertEquals("[Errno 2] No such file or directory: '' -> '" + dest.resolve("e") + "'", e.getMessage());
        assertNothingOutside();
    }

    /** CPython fails on such a zip with UnicodeDecodeError; here the name's bytes become the file name's. */
    @Test
    void zipNamesThatAreNotUtf8KeepTheirBytes() throws Exception {
        Path zip = tmp.resolve("raw.zip");
        try (var out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            out.setEncoding("ISO-8859-1"); // one byte per char: the raw bytes 72 61 77 2d ff fe
            out.putArchiveEntry(new ZipArchiveEntry("raw-\u00ff\u00fe"));
            out.write('x');
            out.closeArchiveEntry();
        }
        flagNamesAsUtf8(zip);
        Supported.of(os).run("stat", () -> shutil.unpackArchive(zip.toString(), dest.toString()));
        List<String> listed = os.listdir(dest.toString().getBytes(StandardCharsets.UTF_8)).stream()
                .map(HexFormat.of()::formatHex).toList();
        assertEquals(List.of("7261772dfffe"), listed);
    }

    /** Sets the "names are UTF-8" bit (11) of every local and central header. */
    private static void flagNamesAsUtf8(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 9 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                b[i + 7] |= 0x08;
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 9] |= 0x08;
            }
        }
        Files.write(zip, b);
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void emptyAndDotNamesAreTheDestinationItselfAndLeftAlone(ExtractFilter filter) throws IOException {
        unpack(TestArchives.tar(tmp.resolve("e.tar"), Member.file("", "x"), Member.dir("./"), Member.file(".", "y"),
                Member.file("ok", "ok")), filter);
        assertEquals(List.of("ok"), names(dest));
        shutil.unpackArchive(TestArchives.zip(tmp.resolve("e.zip"), Member.dir("./"), Member.file("ok2", "ok")),
                dest.toString());
        assertEquals(List.of("ok", "ok2"), names(dest));
    }

    /**
     * Damaged archives (seeded random bytes over good ones) fail with checked errors only, and never write
     * outside.
     */
    @Test
    void damagedArchivesFailWithCheckedErrorsOnly() throws Exception {
        Member[] members = {Member.dir("d/"), Member.file("d/f", "hello"), Member.file("x".repeat(150), "long"),
            Member.symlink("d/s", "f"), Member.hardlink("d/h", "d/f")};
        Random random = new Random(20251206);
        for (String good : List.of(TestArchives.tar(tmp.resolve("good.tar"), TarArchiveOutputStream.LONGFILE_POSIX,
                members), TestArchives.zip(tmp.resolve("good.zip"), members))) {
            byte[] bytes = Files.readAllBytes(Path.of(good));
            String ext = good.substring(good.lastIndexOf('.'));
            for (int i = 0; i < 200; i++) {
                byte[] b = bytes.clone();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    b[random.nextInt(Math.min(b.length, 4096))] = (byte) random.nextInt(256);
                }
                Path damaged = Files.write(tmp.resolve("damaged" + ext), b);
                String into = dest.resolve(ext + i).toString();
                try {
                    // a damaged name may have bytes that are not UTF-8: a provider that cannot name them says so
                    Supported.of(os).run("stat", () -> shutil.unpackArchive(damaged.toString(), into));
                } catch (IOException expected) {
                    // a checked error of the os or shutil API: what this test allows
                }
            }
        }
        assertNothingOutside();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
