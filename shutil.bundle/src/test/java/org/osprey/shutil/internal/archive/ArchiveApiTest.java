package org.osprey.shutil.internal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.StatResult;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.shutil.ArchiveReadException;
import org.osprey.shutil.ArchiveRegistryException;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.ShutilException;
import org.osprey.shutil.UnpackOptions;
import org.osprey.testing.OpenFds;

/** The registries, the argument handling and the errors of the archive functions. */
class ArchiveApiTest {
    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);

    @TempDir
    Path tmp;

    @Test
    void formatsAreListedAsPythonListsThem() {
        List<String> ours = new ArrayList<>();
        shutil.getArchiveFormats().forEach(f -> ours.add("archive|" + f.name() + "|" + f.description()));
        shutil.getUnpackFormats().forEach(f -> ours.add("unpack|" + f.name() + "|"
                + String.join(",", f.extensions()) + "|" + f.description()));
        assertEquals(Oracle.run("formats"), ours);
    }

    @Test
    void progressHearsEveryMemberAndEveryByte() throws Exception {
        Files.createDirectories(tmp.resolve("src/sub"));
        Files.write(tmp.resolve("src/sub/data"), new byte[200_000]);
        Files.writeString(tmp.resolve("src/small"), "abc");
        for (String format : List.of("gztar", "zip")) {
            List<String> members = new ArrayList<>();
            long[] bytes = {0, 0};
            String archive = shutil.makeArchive(tmp + "/out/" + format, format, MakeArchiveOptions.DEFAULT
                    .withRootDir(tmp + "/src").withProgress(progressInto(members, bytes, 0)));
            assertEquals(200_003, bytes[0], format + ": bytes read into the archive");
            assertTrue(members.stream().anyMatch(m -> m.endsWith("sub/data"))
                    && members.stream().anyMatch(m -> m.endsWith("small")), format + ": members written: " + members);
            members.clear();
            shutil.unpackArchive(archive, tmp + "/in-" + format,
                    UnpackOptions.DEFAULT.withProgress(progressInto(members, bytes, 1)));
            assertEquals(200_003, bytes[1], format + ": bytes written out");
            assertTrue(members.stream().anyMatch(m -> m.endsWith("sub/data"))
                    && members.stream().anyMatch(m -> m.endsWith("small")), format + ": members extracted: " + members);
        }
    }

    private static Progress progressInto(List<String> members, long[] bytes, int slot) {
        return new Progress() {
            @Override
            public void bytes(long n) {
                bytes[slot] += n;
            }

            @Override
            public void entry(String path) {
                members.add(path);
            }
        };
    }

    @Test
    void registeredFormatsAreUsedAndCanBeRemoved() throws Exception {
        List<String> calls = new ArrayList<>();
        shutil.registerArchiveFormat("list", (os, base, baseDir, o) -> {
            calls.add("make " + baseDir + " in " + o.rootDir());
            return base + ".list";
        }, "a list");
        shutil.registerUnpackFormat("list", List.of(".list"), (os, file, dir, options) -> calls.add(
                "unpack " + file + " to " + dir + " " + options.filter()), "a list");
        try {
            String name = shutil.makeArchive("x", "list", MakeArchiveOptions.DEFAULT.withRootDir(tmp.toString()));
            assertEquals("x.list", name);
            shutil.unpackArchive("y.list", "d");
            assertEquals(List.of("make . in " + tmp, "unpack y.list to d DATA"), calls);
            assertThrows(ArchiveRegistryException.class, () -> shutil.registerUnpackFormat("other",
                    List.of(".zip"), (os, f, d, x) -> { }, ""));
            assertThrows(ArchiveRegistryException.class, () -> shutil.registerUnpackFormat("list",
                    List.of(".list"), (os, f, d, x) -> { }, ""), "Python refuses re-registering too");
        } finally {
            shutil.unregisterArchiveFormat("list");
            shutil.unregisterUnpackFormat("list");
        }
        assertThrows(IllegalArgumentException.class, () -> shutil.makeArchive("x", "list"));
        assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive("y.list", "d"));
        assertThrows(NoSuchElementException.class, () -> shutil.unregisterUnpackFormat("list"));
    }

    @Test
    void errorsAreThoseOfPython() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> shutil.makeArchive("x", "rar"));
        assertThrows(IllegalArgumentException.class, () -> shutil.unpackArchive("x.zip", "d",
                UnpackOptions.DEFAULT.withFormat("rar")));
        var unknown = assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive("x.rar", "d"));
        assertEquals("Unknown archive format 'x.rar'", unknown.getMessage());
        assertTrue(unknown instanceof ShutilException);
        Path notArchive = Files.writeString(tmp.resolve("fake.tar.gz"), "not an archive at all, no, ".repeat(40));
        assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive(notArchive.toString(), tmp + "/d"));
        Path notZip = Files.writeString(tmp.resolve("fake.zip"), "not a zip");
        assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive(notZip.toString(), tmp + "/d"));
        Path empty = Files.writeString(tmp.resolve("empty.tar"), "");
        assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive(empty.toString(), tmp + "/d"));
        assertThrows(FileNotFoundOsException.class, () -> shutil.unpackArchive(tmp + "/missing.tar", tmp + "/d"));
        var notDir = assertThrows(NotADirectoryOsException.class, () -> shutil.makeArchive(tmp + "/a", "tar",
                MakeArchiveOptions.DEFAULT.withRootDir(notZip.toString())));
        assertEquals(notZip.toString(), notDir.filename());
        assertThrows(IllegalArgumentException.class, () -> shutil.unpackArchive("a\0.tar", "d"));
        assertFalse(Files.exists(tmp.resolve("d")), "nothing unpacked from what was not an archive");
    }

    @Test
    void noDescriptorIsLeftOpenBySuccessOrFailure() throws Exception {
        Assumptions.assumeTrue(OpenFds.available(), "Linux's /proc");
        Oracle.build(tmp + "/src", "full");
        Files.createDirectories(tmp.resolve("dest"));
        Files.createSymbolicLink(tmp.resolve("dest/sub"), tmp);
        Path bad = Files.writeString(tmp.resolve("bad.tar.xz"), "not xz");
        Runnable all = () -> {
            for (String format : List.of("tar", "gztar", "bztar", "xztar", "zip")) {
                try {
                    String a = shutil.makeArchive(tmp + "/out/a", format,
                            MakeArchiveOptions.DEFAULT.withRootDir(tmp + "/src"));
                    shutil.unpackArchive(a, tmp + "/ok-" + format);
                    shutil.unpackArchive(a, tmp + "/dest"); // refused: sub/ is a symlink there
                } catch (Exception expected) {
                    // failures are part of the exercise
                }
            }
            assertThrows(ArchiveReadException.class, () -> shutil.unpackArchive(bad.toString(), tmp + "/d"));
        };
        all.run(); // classes loaded, buffers allocated
        long before = OpenFds.count();
        all.run();
        assertEquals(before, OpenFds.count());
    }

    @Test
    void zipRefusesUndecodableNamesAsPythonDoes() throws Exception {
        Oracle.build(tmp + "/src", "full");
        Supported.of(os).run("listdir", () -> os.walk(tmp + "/src").forEach(step -> { }));
        var e = assertThrows(IllegalArgumentException.class, () -> shutil.makeArchive(tmp + "/a", "zip",
                MakeArchiveOptions.DEFAULT.withRootDir(tmp + "/src")));
        assertTrue(e.getMessage().contains("undecodable"), e.getMessage());
    }

    @Test
    void dryRunOnlyNamesTheArchive() throws Exception {
        String name = shutil.makeArchive("sub/x", "gztar", MakeArchiveOptions.DEFAULT.withRootDir(tmp.toString())
                .withDryRun(true));
        assertEquals(Path.of("sub/x.tar.gz").toAbsolutePath().toString(), name, "absolute with a root_dir");
        assertFalse(Files.exists(Path.of("sub")));
    }

    @Test
    void baseDirAndOwnerAreHonoured() throws Exception {
        Supported.of(os).call("pwd.getpwnam", () -> os.pwd().getpwnam("root"));
        String archive = keepOnly(MakeArchiveOptions.DEFAULT.withOwner("root").withGroup("root"));
        List<String> members = Oracle.run("list", archive);
        assertEquals(List.of("keep/ 0 0 root root", "keep/in/ 0 0 root root", "keep/in/f 0 0 root root"), members);
    }

    /** Without a user database, owner and group names are unknown: the files' own ids stay, as in CPython. */
    @Test
    void baseDirIsHonouredAndUnknownOwnersLeaveTheIds() throws Exception {
        String archive = keepOnly(MakeArchiveOptions.DEFAULT.withOwner("no-such-user-osprey")
                .withGroup("no-such-group-osprey"));
        StatResult st = os.stat(tmp + "/root/keep/in/f");
        assertEquals(st.uid() + " " + st.gid(), String.join(" ", List.of(Oracle.run("list", archive).get(2)
                .split(" ")).subList(1, 3)));
    }

    /** An archive of {@code root/keep} with base_dir {@code keep}, unpacked back: {@code left-out} stays out. */
    private String keepOnly(MakeArchiveOptions owners) throws Exception {
        Files.createDirectories(tmp.resolve("root/keep/in"));
        Files.writeString(tmp.resolve("root/keep/in/f"), "f");
        Files.writeString(tmp.resolve("root/left-out"), "x");
        String archive = shutil.makeArchive(tmp + "/out/a", "tar", owners.withRootDir(tmp + "/root")
                .withBaseDir("keep"));
        assertEquals(tmp + "/out/a.tar", archive);
        shutil.unpackArchive(archive, tmp + "/back", UnpackOptions.DEFAULT.withFilter(ExtractFilter.TAR));
        assertEquals("f", Files.readString(tmp.resolve("back/keep/in/f")));
        assertFalse(Files.exists(tmp.resolve("back/left-out")));
        return archive;
    }
}
