package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ArchiveFormat;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.SameFileException;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.ShutilException;

/** Checks of {@code shutil} through its API only (see {@link Checks}), compared with what {@code java.nio} sees. */
final class ShutilChecks {
    private ShutilChecks() {
    }

    static final List<Check> CORE = List.of(
            new Check("shutil", "copyfile and copy2", ShutilChecks::copies),
            new Check("shutil", "copytree and rmtree", ShutilChecks::trees),
            new Check("shutil", "move", ShutilChecks::moves),
            new Check("shutil", "which, disk_usage and get_terminal_size", ShutilChecks::facts));

    private static void copies(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        Path d = Path.of(dir);
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Files.write(d.resolve("src"), data);
        equal(dir + "/dst", shutil.copyfile(dir + "/src", dir + "/dst"), "copyfile returns dst");
        check(java.util.Arrays.equals(data, Files.readAllBytes(d.resolve("dst"))), "copyfile copies the bytes");
        raises(SameFileException.class, () -> shutil.copyfile(dir + "/src", dir + "/src"));
        os.utimeNs(dir + "/src", 1_000_000_001L, 2_000_000_002L, org.osprey.os.At.DEFAULT);
        Files.createDirectory(d.resolve("into"));
        equal(dir + "/into/src", shutil.copy2(dir + "/src", dir + "/into"), "copy2 into a directory");
        equal(2_000_000_002L, os.stat(dir + "/into/src").mtimeNs(), "copy2 keeps mtime to the nanosecond");
    }

    private static void trees(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        Path d = Path.of(dir);
        Files.createDirectories(d.resolve("src/sub"));
        Files.writeString(d.resolve("src/sub/f.txt"), "f");
        Files.writeString(d.resolve("src/skip.pyc"), "s");
        Files.createSymbolicLink(d.resolve("src/link"), Path.of("sub/f.txt"));
        Files.createDirectory(d.resolve("outside"));
        Files.writeString(d.resolve("outside/keep"), "k");
        Files.createSymbolicLink(d.resolve("src/out"), d.resolve("outside"));
        shutil.copytree(dir + "/src", dir + "/dst",
                CopytreeOptions.DEFAULT.withSymlinks(true).withIgnore(shutil.ignorePatterns("*.pyc")));
        equal("f", Files.readString(d.resolve("dst/sub/f.txt")), "copied file");
        equal(Path.of("sub/f.txt"), Files.readSymbolicLink(d.resolve("dst/link")), "symlink copied as a symlink");
        check(!Files.exists(d.resolve("dst/skip.pyc")), "ignored name not copied");
        ShutilException failures = raises(ShutilException.class,
                () -> shutil.copytree(dir + "/src", dir + "/dst", CopytreeOptions.DEFAULT.withDirsExistOk(true)
                        .withSymlinks(true)));
        equal(Set.of(dir + "/src/link", dir + "/src/out"),
                Set.copyOf(failures.failures().stream().map(f -> f.src()).toList()),
                "existing symlinks are collected as failures");
        check(shutil.avoidsSymlinkAttacks() == os.supports().dirFd().contains("unlink"), "avoids_symlink_attacks");
        shutil.rmtree(dir + "/dst");
        check(!Files.exists(d.resolve("dst"), LinkOption.NOFOLLOW_LINKS), "rmtree removed the tree");
        shutil.rmtree(dir + "/src");
        equal("k", Files.readString(d.resolve("outside/keep")), "rmtree did not follow a symlink");
    }

    private static void moves(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        Path d = Path.of(dir);
        Files.createDirectories(d.resolve("a/inner"));
        Files.createDirectory(d.resolve("b"));
        equal(dir + "/b/a", shutil.move(dir + "/a", dir + "/b"), "move into a directory");
        check(Files.isDirectory(d.resolve("b/a/inner")), "moved with its contents");
        ShutilException into = raises(ShutilException.class, () -> shutil.move(dir + "/b", dir + "/b/a/inner"));
        check(into.getMessage().startsWith("Cannot move a directory"), into.getMessage());
    }

    private static void facts(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        check(shutil.which("sh").isPresent(), "which finds sh on PATH");
        check(shutil.which("no-such-command-osprey").isEmpty(), "which misses an unknown command");
        DiskUsage usage = shutil.diskUsage(dir);
        check(usage.total() > 0 && usage.free() <= usage.total(), "disk_usage " + usage);
        check(shutil.getTerminalSize().columns() > 0, "get_terminal_size");
    }

    /** make_archive, unpack_archive and their registries (Commons Compress and xz must resolve for these). */
    static final List<Check> ARCHIVES = List.of(
            new Check("shutil", "archive round trip in every format", ShutilChecks::archiveRoundTrip),
            new Check("shutil", "unpacking never writes through a symlink", ShutilChecks::unpackStaysInside));

    static final List<Check> ALL = Stream.of(CORE, ARCHIVES).flatMap(List::stream).toList();

    // ---- archives ----

    private static void archiveRoundTrip(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        String src = dir + "/src";
        os.makedirs(src + "/sub");
        write(os, src + "/a.txt", "alpha", 0640);
        write(os, src + "/sub/b.bin", "beta".repeat(10_000), 0644);
        os.symlink("a.txt", src + "/link");
        List<String> formats = shutil.getArchiveFormats().stream().map(ArchiveFormat::name).toList();
        equal(List.of("bztar", "gztar", "tar", "xztar", "zip"), formats, "get_archive_formats");
        for (String format : formats) {
            String archive = shutil.makeArchive(dir + "/out/" + format, format,
                    MakeArchiveOptions.DEFAULT.withRootDir(src));
            String back = dir + "/back-" + format;
            shutil.unpackArchive(archive, back);
            equal("alpha", read(os, back + "/a.txt"), format + ": a.txt");
            equal("beta".repeat(10_000), read(os, back + "/sub/b.bin"), format + ": sub/b.bin");
            if (format.equals("zip")) {
                equal("alpha", read(os, back + "/link"), "zip stores what a symlink points to, as Python does");
            } else {
                equal("a.txt", os.readlink(back + "/link"), format + ": the symlink");
                equal(0640, Stat.S_IMODE(os.stat(back + "/a.txt").mode()), format + ": a.txt's mode");
            }
        }
    }

    private static void unpackStaysInside(Os os, String dir) throws Exception {
        Shutil shutil = Shutil.of(os);
        os.makedirs(dir + "/src/sub");
        write(os, dir + "/src/sub/evil", "x", 0644);
        String archive = shutil.makeArchive(dir + "/a", "gztar", MakeArchiveOptions.DEFAULT.withRootDir(dir + "/src"));
        os.mkdir(dir + "/outside");
        os.makedirs(dir + "/dest");
        os.symlink("../outside", dir + "/dest/sub");
        raises(ArchiveFilterException.class, () -> shutil.unpackArchive(archive, dir + "/dest"));
        equal(List.of(), os.listdir(dir + "/outside"), "nothing written outside");
        check(os.lstat(dir + "/dest/sub").isSymlink(), "the symlink is left as it was");
    }

    private static void write(Os os, String path, String text, int mode) throws IOException {
        int fd = os.open(path, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), mode, At.DEFAULT);
        try (var out = os.fdopen(fd).outputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        os.chmod(path, mode);
    }

    private static String read(Os os, String path) throws IOException {
        int fd = os.open(path, os.O_RDONLY());
        try (var in = os.fdopen(fd).inputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
