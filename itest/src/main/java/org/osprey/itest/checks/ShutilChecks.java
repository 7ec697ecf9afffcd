package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.Os;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.SameFileException;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.ShutilException;

/** Checks of {@code shutil} through its API only (see {@link Checks}), compared with what {@code java.nio} sees. */
final class ShutilChecks {
    private ShutilChecks() {
    }

    static final List<Check> ALL = List.of(
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
}
