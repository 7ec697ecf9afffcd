package org.osprey.shutil.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osprey.os.Os;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.archive.TestArchives.Member;

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

    @BeforeEach
    void setUp() throws IOException {
        outside = Files.createDirectory(tmp.resolve("outside"));
        victim = Files.writeString(outside.resolve("victim"), "original");
        dest = tmp.resolve("dest");
    }

    private String tar(Member... members) throws IOException {
        return TestArchives.tar(tmp.resolve("evil.tar"), members);
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
    }

    /** The 'tar' filter makes a fifo; where the os has no mkfifo, CPython's non-fatal ExtractError skips it. */
    @Test
    void theTarFilterMakesAFifoOrSkipsItWithoutMkfifo() throws Exception {
        var fifo = new Member("pipe", TarConstants.LF_FIFO, null, null, 0644);
        unpack(tar(fifo, Member.file("after", "x")), ExtractFilter.TAR);
        assertEquals("x", Files.readString(dest.resolve("after")), "the members after it are extracted");
        boolean hasMkfifo = true;
        try {
            Os.get().mkfifo(tmp.resolve("probe").toString());
        } catch (UnsupportedOperationException noMkfifo) {
            hasMkfifo = false;
        }
        if (hasMkfifo) {
            assertTrue(Files.readAttributes(dest.resolve("pipe"), "unix:mode", LinkOption.NOFOLLOW_LINKS)
                    .get("mode") instanceof Integer m && (m & 0170000) == 0010000, "the 'tar' filter makes the fifo");
        } else {
            assertFalse(Files.exists(dest.resolve("pipe"), LinkOption.NOFOLLOW_LINKS), "skipped");
        }
    }

    /**
     * The case CPython 3.13.0's 'data' filter lets through ({@code A} ends up resolving two levels above the
     * destination): {@code B -> d1/d2}, then {@code A -> B/../..} (inside while B is that), then {@code B -> .}.
     * Here link texts are normalized first, so {@code A} is {@code ..} and refused.
     */
    @Test
    void aLinkThatALaterMemberWouldMakeResolveOutsideIsRefused() throws IOException {
        Member[] members = {Member.dir("d1"), Member.dir("d1/d2"), Member.symlink("B", "d1/d2"),
            Member.symlink("A", "B/../.."), Member.symlink("B", ".")};
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(tar(members), ExtractFilter.DATA));
        assertEquals("A", e.member());
        assertTrue(e.getMessage().endsWith("which is outside the destination"), e.getMessage());
        assertEquals(tmp.resolve("evil.tar").toString(), e.archive());
        assertNoLinkResolvesOutside();
        assertOutsideUntouched();
    }

    @Test
    void linkTextsAreNormalizedSoThatTheirMeaningCannotChangeLater() throws IOException {
        // A's '..'s would climb out of M, which is not there yet, and then out of M, a symlink to '.'
        unpack(tar(Member.dir("sub"), Member.symlink("A", "sub/M/../../y"), Member.symlink("sub/M", "."),
                Member.file("y", "y"), Member.symlink("sub/up", "../y")), ExtractFilter.DATA);
        assertEquals(Path.of("y"), Files.readSymbolicLink(dest.resolve("A")));
        assertEquals(Path.of("../y"), Files.readSymbolicLink(dest.resolve("sub/up")), "leading '..'s are kept");
        assertEquals("y", Files.readString(dest.resolve("A")));
        assertNoLinkResolvesOutside();
    }

    /**
     * Through a symlink that was in the destination before, a link checked when it was made can come to resolve
     * outside when a later member replaces the link it goes through: it is removed at the end and reported, also
     * when the extraction fails later on.
     */
    @Test
    void aLinkRedirectedThroughAnExistingSymlinkIsRemovedAtTheEnd() throws IOException {
        Path pre = Files.createDirectories(dest.resolve("pre"));
        Files.createSymbolicLink(pre.resolve("evil"), outside);
        Member[] members = {Member.dir("d1"), Member.symlink("L", "d1"), Member.symlink("A", "L/evil"),
            Member.symlink("L", "pre"), Member.file("after", "after")};
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(tar(members), ExtractFilter.DATA));
        assertEquals("A", e.member());
        assertFalse(Files.exists(dest.resolve("A"), LinkOption.NOFOLLOW_LINKS), "removed");
        assertEquals(Path.of("pre"), Files.readSymbolicLink(dest.resolve("L")), "the rest is extracted");
        assertEquals("after", Files.readString(dest.resolve("after")));
        Files.delete(pre.resolve("evil")); // ours, not the archive's
        assertNoLinkResolvesOutside();

        Files.createSymbolicLink(pre.resolve("evil"), outside);
        Member[] failing = {Member.dir("d1"), Member.symlink("L", "d1"), Member.symlink("A", "L/evil"),
            Member.symlink("L", "pre"), Member.file("../up", "x")};
        var dotDot = assertThrows(ArchiveFilterException.class, () -> unpack(tar(failing), ExtractFilter.DATA));
        assertEquals("../up", dotDot.member());
        assertEquals("A", ((ArchiveFilterException) dotDot.getCause().getSuppressed()[0]).member());
        assertFalse(Files.exists(dest.resolve("A"), LinkOption.NOFOLLOW_LINKS), "removed after a failure too");
        assertOutsideUntouched();
    }

    /** A hard link to a symlink is the symlink's text again somewhere else: checked from there. */
    @Test
    void aHardLinkToASymlinkIsCheckedFromItsOwnPlace() throws IOException {
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(tar(Member.dir("a"),
                Member.file("x", "x"), Member.symlink("a/s", "../x"), Member.hardlink("t", "a/s")), ExtractFilter.DATA));
        assertEquals("t", e.member());
        assertFalse(Files.exists(dest.resolve("t"), LinkOption.NOFOLLOW_LINKS));
        unpack(tar(Member.dir("a"), Member.file("a/f", "f"), Member.symlink("a/s", "f"), Member.hardlink("a/t", "a/s")),
                ExtractFilter.DATA);
        assertEquals(Path.of("f"), Files.readSymbolicLink(dest.resolve("a/t")));
        assertNoLinkResolvesOutside();
        assertOutsideUntouched();
    }

    /** The 'tar' and 'fully_trusted' filters let links point anywhere, as Python's do; nothing is written outside. */
    @ParameterizedTest
    @EnumSource(value = ExtractFilter.class, names = {"TAR", "FULLY_TRUSTED"})
    void theOtherFiltersKeepLinkTextsAsTheyAre(ExtractFilter filter) throws IOException {
        String archive = tar(Member.dir("d1"), Member.dir("d1/d2"), Member.symlink("B", "d1/d2"),
                Member.symlink("A", "B/../.."), Member.symlink("B", "."), Member.file("A/evil", "x"));
        var e = assertThrows(ArchiveFilterException.class, () -> unpack(archive, filter));
        assertEquals("A/evil", e.member(), "never through a symlink");
        assertEquals(Path.of("B/../.."), Files.readSymbolicLink(dest.resolve("A")));
        assertOutsideUntouched();
    }

    /** Zip members are never extracted as symlinks (as in Python): the same sequence gives CPython's files. */
    @Test
    void zipSymlinkMembersAreFilesAsInPython() throws IOException {
        String zip = TestArchives.zip(tmp.resolve("evil.zip"), Member.dir("d1/"), Member.dir("d1/d2/"),
                Member.symlink("B", "d1/d2"), Member.symlink("A", "B/../.."), Member.symlink("B", "."));
        shutil.unpackArchive(zip, dest.toString());
        Oracle.unpack(zip, tmp.resolve("py").toString(), "none");
        assertEquals(Oracle.describe(tmp.resolve("py").toString(), false), Oracle.describe(dest.toString(), false));
        assertNoLinkResolvesOutside();
        assertOutsideUntouched();
    }

    private void assertNoLinkResolvesOutside() throws IOException {
        var p = Os.get().path();
        String root = p.realpath(dest.toString());
        try (Stream<Path> all = Files.walk(dest)) {
            for (Path link : all.filter(Files::isSymbolicLink).toList()) {
                String resolved = p.realpath(link.toString());
                assertEquals(root, p.commonpath(List.of(root, resolved)), link + " resolves to " + resolved);
            }
        }
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
