package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ArchiveFormat;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Shutil;

/** Checks of {@code shutil} through its API only (see {@link Checks}). */
final class ShutilChecks {
    private ShutilChecks() {
    }

    /** make_archive, unpack_archive and their registries (Commons Compress and xz must resolve for these). */
    static final List<Check> ARCHIVES = List.of(
            new Check("shutil", "archive round trip in every format", ShutilChecks::archiveRoundTrip),
            new Check("shutil", "unpacking never writes through a symlink", ShutilChecks::unpackStaysInside));

    /** The other shutil checks (the empty list here), then the archive ones. */
    static final List<Check> ALL = Stream.of(List.<Check>of(), ARCHIVES).flatMap(List::stream).toList();

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
