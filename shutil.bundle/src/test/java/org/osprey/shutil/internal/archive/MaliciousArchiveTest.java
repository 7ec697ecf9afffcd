package org.osprey.shutil.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackOptions;

/**
 * Hand-made hostile archives: whatever the filter, nothing is written outside the destination. {@code outside}
 * is a sibling of the destination holding one file; after every attempt it still holds exactly that file,
 * unchanged.
 */
class MaliciousArchiveTest {
    private final Shutil shutil = Shutil.get();

    @TempDir
    Path tmp;
    Path outside;
    Path victim;
    Path dest;

    /** One tar member: name, type, link target, contents. */
    record Member(String name, byte type, String link, String data, int mode) {
        static Member file(String name, String data) {
            return new Member(name, TarConstants.LF_NORMAL, null, data, 0644);
        }

        static Member symlink(String name, String target) {
            return new Member(name, TarConstants.LF_SYMLINK, target, null, 0777);
        }

        static Member hardlink(String name, String target) {
            return new Member(name, TarConstants.LF_LINK, target, null, 0644);
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        outside = Files.createDirectory(tmp.resolve("outside"));
        victim = Files.writeString(outside.resolve("victim"), "original");
        dest = tmp.resolve("dest");
    }

    private String tar(Member... members) throws IOException {
        Path file = tmp.resolve("evil.tar");
        try (OutputStream out = Files.newOutputStream(file); var tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            for (Member m : members) {
                TarArchiveEntry e = new TarArchiveEntry(m.name(), m.type(), true);
                e.setMode(m.mode());
                if (m.link() != null) {
                    e.setLinkName(m.link());
                }
                byte[] data = m.data() == null ? new byte[0] : m.data().getBytes(StandardCharsets.UTF_8);
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return file.toString();
    }

    private void unpack(String archive, ExtractFilter filter) throws IOException {
        shutil.unpackArchive(archive, dest.toString(), UnpackOptions.DEFAULT.withFilter(filter));
    }

    private void assertOutsideUntouched() throws IOException {
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(List.of(victim), s.toList(), "nothing new appeared outside");
        }
        assertEquals("original", Files.readString(victim));
        assertFalse(Files.exists(tmp.resolve("evil")), "nothing next to the destination");
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void dotDotIsRefused(ExtractFilter filter) throws IOException {
        String archive = tar(Member.file("ok.txt", "fine"), Member.file("../evil", "x"),
                Member.file("a/../../outside/victim", "overwritten"));
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        assertEquals("../evil", e.member());
        assertEquals("fine", Files.readString(dest.resolve("ok.txt")), "members before the refused one are in");
        assertOutsideUntouched();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void absoluteNamesAreRefused(ExtractFilter filter) throws IOException {
        String archive = tar(Member.file(victim.toString(), "overwritten"));
        assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        assertOutsideUntouched();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void nothingIsWrittenThroughASymlinkFromTheArchive(ExtractFilter filter) throws IOException {
        String archive = tar(Member.symlink("up", "../outside"), Member.file("up/evil", "x"),
                Member.file("up/victim", "overwritten"));
        assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        assertOutsideUntouched();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void nothingIsWrittenThroughAnAbsoluteSymlink(ExtractFilter filter) throws IOException {
        String archive = tar(Member.symlink("abs", outside.toString()), Member.file("abs/evil", "x"));
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        if (filter == ExtractFilter.DATA) {
            assertEquals("'abs' is a link to an absolute path", e.getMessage());
        } else {
            assertEquals("abs/evil", e.member(), "the link itself is allowed, passing through it is not");
            assertTrue(Files.isSymbolicLink(dest.resolve("abs")));
        }
        assertOutsideUntouched();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void aFileOverASymlinkReplacesTheLinkNotItsTarget(ExtractFilter filter) throws IOException {
        Files.createDirectories(dest);
        Files.createSymbolicLink(dest.resolve("f"), victim);
        String archive = tar(Member.file("f", "new contents"));
        unpack(archive, filter);
        assertFalse(Files.isSymbolicLink(dest.resolve("f")));
        assertEquals("new contents", Files.readString(dest.resolve("f")));
        assertOutsideUntouched();
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void aSymlinkAlreadyInTheDestinationIsNotFollowed(ExtractFilter filter) throws IOException {
        Files.createDirectories(dest);
        Files.createSymbolicLink(dest.resolve("pre"), outside);
        Object outsideMode = Files.getAttribute(outside, "unix:mode");
        String archive = tar(Member.file("pre/evil", "x"));
        assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        String dirArchive = tar(new Member("pre/", TarConstants.LF_DIR, null, null, 0777));
        assertThrows(ArchiveFilterException.class, () -> unpack(dirArchive, filter));
        assertOutsideUntouched();
        assertEquals(outsideMode, Files.getAttribute(outside, "unix:mode"), "no chmod through the link");
    }

    @ParameterizedTest
    @EnumSource(ExtractFilter.class)
    void hardLinksOutsideAreRefused(ExtractFilter filter) throws IOException {
        String archive = tar(Member.hardlink("h", "../outside/victim"));
        assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        String viaSymlink = tar(Member.symlink("s", "../outside"), Member.hardlink("h", "s/victim"),
                Member.file("h", "overwritten"));
        assertThrows(ArchiveFilterException.class, () -> unpack(viaSymlink, filter));
        assertOutsideUntouched();
    }

    @Test
    void theDataFilterRefusesLinksOutsideAndSpecialFiles() throws IOException {
        var e = assertThrows(ArchiveFilterException.class,
                () -> unpack(tar(Member.symlink("s", "../outside/victim")), ExtractFilter.DATA));
        assertTrue(e.getMessage().contains("outside the destination"), e.getMessage());
        var fifo = new Member("pipe", TarConstants.LF_FIFO, null, null, 0644);
        e = assertThrows(ArchiveFilterException.class, () -> unpack(tar(fifo), ExtractFilter.DATA));
        assertEquals("'pipe' is a special file", e.getMessage());
        var dev = new Member("null", TarConstants.LF_CHR, null, null, 0666);
        assertThrows(ArchiveFilterException.class, () -> unpack(tar(dev), ExtractFilter.DATA));
        assertFalse(Files.exists(dest.resolve("pipe"), LinkOption.NOFOLLOW_LINKS));
        unpack(tar(fifo), ExtractFilter.TAR);
        assertTrue(Files.readAttributes(dest.resolve("pipe"), "unix:mode", LinkOption.NOFOLLOW_LINKS)
                .get("mode") instanceof Integer m && (m & 0170000) == 0010000, "the 'tar' filter makes the fifo");
    }

    @Test
    void modesAreFilteredAsInPython() throws IOException {
        String archive = tar(new Member("setuid", TarConstants.LF_NORMAL, null, "x", 04777),
                new Member("noexec", TarConstants.LF_NORMAL, null, "x", 0466));
        unpack(archive, ExtractFilter.DATA);
        assertEquals(0755, mode("setuid"), "'data' drops set-id and group/other write");
        assertEquals(0644, mode("noexec"), "'data' makes files owner-writable");
        unpack(archive, ExtractFilter.TAR);
        assertEquals(0755, mode("setuid"));
        assertEquals(0444, mode("noexec"));
        unpack(archive, ExtractFilter.FULLY_TRUSTED);
        assertEquals(04777, mode("setuid"));
        assertEquals(0466, mode("noexec"));
    }

    private int mode(String name) throws IOException {
        return (Integer) Files.getAttribute(dest.resolve(name), "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    @Test
    void zipMembersLeavingTheDestinationAreSkippedAsInPython() throws IOException {
        Path file = tmp.resolve("evil.zip");
        try (var zip = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            for (String name : List.of("../evil", victim.toString(), "ok/../../evil", "good.txt", "pre/evil")) {
                zip.putArchiveEntry(new ZipArchiveEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        Files.createDirectories(dest);
        Files.createSymbolicLink(dest.resolve("pre"), outside);
        var e = assertThrows(ArchiveFilterException.class, () -> shutil.unpackArchive(file.toString(),
                dest.toString()));
        assertEquals("pre/evil", e.member(), "through a symlink: refused");
        assertEquals("x", Files.readString(dest.resolve("good.txt")));
        assertOutsideUntouched();
    }
}
