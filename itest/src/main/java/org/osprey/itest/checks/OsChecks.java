package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osprey.os.DirEntry;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.WalkEntry;
import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.path.OsPath;

/**
 * Checks of {@code os} and {@code os.path} through the API only (see {@link Checks}). Each compares what
 * the API says with what {@code java.nio} sees.
 */
public final class OsChecks {
    private OsChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("platform facts", OsChecks::platformFacts),
            new Check("process ids", OsChecks::processIds),
            new Check("process parameters, system facts and urandom", OsChecks::processAndSystem),
            new Check("make, list and remove directories", OsChecks::directories),
            new Check("stat, lstat and symlinks", OsChecks::statAndLinks),
            new Check("scandir entries", OsChecks::scandir),
            new Check("walk", OsChecks::walk),
            new Check("rename and replace", OsChecks::renameAndReplace),
            new Check("errors carry errno and file names", OsChecks::errors),
            new Check("NUL in a path is rejected", OsChecks::nul),
            new Check("undecodable file names round-trip", OsChecks::undecodableNames),
            new Check("environ", OsChecks::environ),
            new Check("os.path", OsChecks::osPath),
            new Check("file descriptors", OsChecks::fileDescriptors));

    // ---- the checks ----

    private static void platformFacts(Os os, String dir) {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        equal(windows ? "nt" : "posix", os.name(), "os.name");
        equal(windows ? "\\" : "/", os.sep(), "os.sep");
        equal(java.io.File.pathSeparator, os.platform().pathsep(), "os.pathsep");
        equal(System.lineSeparator(), os.linesep(), "os.linesep");
        check(!os.supports().dirFd().isEmpty() || windows, "supports_dir_fd is empty on POSIX");
    }

    private static void processIds(Os os, String dir) throws OsException {
        equal(ProcessHandle.current().pid(), os.getpid(), "getpid");
        equal(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L), os.getppid(), "getppid");
        check(os.getuid() >= 0 && os.geteuid() >= 0 && os.getgid() >= 0, "ids are non-negative");
        String cwd = os.getcwd();
        check(os.path().isabs(cwd), "getcwd is absolute: " + cwd);
    }

    /** The calls bound on first use by a binding of their own: that binding must load here too. */
    private static void processAndSystem(Os os, String dir) throws Exception {
        equal(os.getpgid(0), os.getpgrp(), "getpgid(0) is getpgrp()");
        check(os.sysconf("SC_PAGESIZE") > 0, "sysconf(SC_PAGESIZE)");
        check(os.cpuCount().orElse(0) >= 1, "cpu_count");
        check(os.times().elapsed() > 0, "times");
        byte[] a = os.urandom(32);
        check(a.length == 32 && !Arrays.equals(a, os.urandom(32)), "urandom");
        check(os.environb().size() == os.environ().size(), "environb and environ hold the same variables");
        check(os.getpriority(os.PRIO_PROCESS(), 0) >= -20, "getpriority");
    }

    private static void directories(Os os, String dir) throws Exception {
        String a = os.path().join(dir, "a");
        String deep = os.path().join(dir, "b", "c", "d");
        os.mkdir(a);
        os.makedirs(deep);
        os.makedirs(deep, 0777, true);
        raises(FileExistsOsException.class, () -> os.makedirs(deep));
        equal(new TreeSet<>(List.of("a", "b")), new TreeSet<>(os.listdir(dir)), "listdir");
        equal(Set.of("a", "b"), namesSeenByNio(dir), "java.nio sees what os made");
        check(os.path().isdir(deep), "isdir(" + deep + ")");
        int umask = os.umask(0);
        os.umask(umask);
        equal(0777 & ~umask, os.stat(a).mode() & 0777, "mkdir's mode less the umask");
        os.rmdir(deep);
        os.rmdir(a);
        equal(List.of("c"), os.listdir(os.path().join(dir, "b")), "after rmdir");
    }

    private static void statAndLinks(Os os, String dir) throws Exception {
        Path file = Path.of(dir, "f.txt");
        Files.writeString(file, "hello, osprey");
        StatResult st = os.stat(file.toString());
        equal(13L, st.size(), "st_size");
        check(st.isRegularFile(), "S_ISREG");
        equal(Files.getAttribute(file, "unix:ino"), st.ino(), "st_ino");
        equal(Files.getLastModifiedTime(file).toMillis(), st.mtimeNs() / 1_000_000, "st_mtime");
        String link = os.path().join(dir, "l");
        os.symlink("f.txt", link);
        equal("f.txt", os.readlink(link), "readlink");
        check(os.lstat(link).isSymlink(), "lstat sees the link");
        equal(st.ino(), os.stat(link).ino(), "stat follows the link");
        os.chmod(file.toString(), 0640);
        equal(0640, os.stat(file.toString()).mode() & 07777, "chmod");
        check(os.access(file.toString(), Os.R_OK), "access R_OK");
        check(!os.access(os.path().join(dir, "missing"), Os.F_OK), "access of a missing file");
        os.link(file.toString(), os.path().join(dir, "hard"));
        equal(2L, os.stat(file.toString()).nlink(), "st_nlink after link");
        os.remove(link);
        os.unlink(os.path().join(dir, "hard"));
        equal(List.of("f.txt"), os.listdir(dir), "after remove");
    }

    private static void scandir(Os os, String dir) throws Exception {
        Files.createDirectory(Path.of(dir, "sub"));
        Files.writeString(Path.of(dir, "file"), "x");
        Files.createSymbolicLink(Path.of(dir, "link"), Path.of("sub"));
        Files.createSymbolicLink(Path.of(dir, "dangling"), Path.of("nowhere"));
        Set<String> seen = new HashSet<>();
        try (ScandirIterator it = os.scandir(dir)) {
            for (DirEntry e : it) {
                seen.add(e.name());
                equal(os.path().join(dir, e.name()), e.path(), "entry path");
                equal(os.lstat(e.path()).ino(), e.inode(), "inode of " + e.name());
                switch (e.name()) {
                    case "sub" -> check(e.isDir() && !e.isFile() && !e.isSymlink(), "sub is a directory");
                    case "file" -> check(e.isFile() && !e.isDir() && !e.isSymlink(), "file is a file");
                    case "link" -> check(e.isSymlink() && e.isDir() && !e.isDir(false), "link is a link to a dir");
                    case "dangling" -> check(e.isSymlink() && !e.isDir() && !e.isFile(), "dangling link");
                    default -> throw new AssertionError("unexpected entry " + e.name());
                }
            }
        }
        equal(Set.of("sub", "file", "link", "dangling"), seen, "scandir names");
    }

    private static void walk(Os os, String dir) throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String d : List.of("x/y/z", "x/w", "v")) {
            Files.createDirectories(Path.of(dir, d));
        }
        for (String f : List.of("top.txt", "x/a.txt", "x/y/b.txt", "x/y/z/c.txt", "v/d.txt")) {
            Files.writeString(Path.of(dir, f), f);
            expected.add(Path.of(dir, f).toString());
        }
        Files.createSymbolicLink(Path.of(dir, "x", "loop"), Path.of(dir));
        Set<String> files = new TreeSet<>();
        List<String> order = new ArrayList<>();
        for (WalkEntry step : os.walk(dir)) {
            order.add(step.dirpath());
            for (String f : step.filenames()) {
                files.add(os.path().join(step.dirpath(), f));
            }
        }
        equal(expected, files, "files found by walk");
        equal(dir, order.get(0), "top-down starts at the top");
        check(order.indexOf(dir + "/x") < order.indexOf(dir + "/x/y"), "parents before children");
        check(!order.contains(dir + "/x/loop"), "symlinks to directories are not followed");
        List<String> bottomUp = new ArrayList<>();
        os.walk(dir, org.osprey.os.WalkOptions.DEFAULT.bottomUp()).forEach(s -> bottomUp.add(s.dirpath()));
        equal(dir, bottomUp.get(bottomUp.size() - 1), "bottom-up ends at the top");
        List<String> pruned = new ArrayList<>();
        for (WalkEntry step : os.walk(dir)) {
            pruned.add(step.dirpath());
            step.dirnames().remove("x");
        }
        equal(List.of(dir, dir + "/v"), pruned, "pruning dirnames");
        List<OsException> errors = new ArrayList<>();
        os.walk(dir + "/missing", org.osprey.os.WalkOptions.DEFAULT.onError(errors::add)).forEach(s -> {
        });
        check(errors.size() == 1 && errors.get(0) instanceof FileNotFoundOsException, "onerror: " + errors);
    }

    private static void renameAndReplace(Os os, String dir) throws Exception {
        String a = os.path().join(dir, "a");
        String b = os.path().join(dir, "b");
        Files.writeString(Path.of(a), "A");
        Files.writeString(Path.of(b), "B");
        os.replace(a, b);
        equal("A", Files.readString(Path.of(b)), "replace overwrote the target");
        os.rename(b, a);
        equal(List.of("a"), os.listdir(dir), "after rename");
    }

    private static void errors(Os os, String dir) {
        String missing = os.path().join(dir, "missing");
        OsException e = raises(FileNotFoundOsException.class, () -> os.stat(missing));
        equal(2, e.errno(), "errno");
        equal(missing, e.filename(), "filename");
        equal("[Errno 2] " + e.strerror() + ": '" + missing + "'", e.getMessage(), "message");
        OsException r = raises(FileNotFoundOsException.class, () -> os.rename(missing, missing + "2"));
        equal(missing + "2", r.filename2(), "filename2");
        raises(NotADirectoryOsException.class, () -> {
            Files.writeString(Path.of(dir, "file"), "");
            os.listdir(os.path().join(dir, "file"));
        });
    }

    private static void fileDescriptors(Os os, String dir) throws Exception {
        String file = os.path().join(dir, "fd");
        int fd = os.open(file, os.O_RDWR() | os.O_CREAT() | os.O_EXCL(), 0600);
        try {
            equal(5, os.write(fd, "hello".getBytes(StandardCharsets.UTF_8)), "written");
            equal("ell", new String(os.pread(fd, 3, 1), StandardCharsets.UTF_8), "pread");
            equal(5L, os.lseek(fd, 0, os.SEEK_CUR()), "position after pread");
            check(!os.getInheritable(fd), "open's descriptors are not inheritable");
            // closed twice, numbered high: a low number may be taken again at once by the JVM (a jar it opens)
            int high = os.dup2(fd, 1000);
            os.close(high);
            equal(9, raises(OsException.class, () -> os.close(high)).errno(), "closing twice is EBADF");
        } finally {
            os.close(fd);
        }
        equal("hello", Files.readString(Path.of(file)), "what java.nio reads");
        raises(FileExistsOsException.class, () -> os.open(file, os.O_WRONLY() | os.O_CREAT() | os.O_EXCL()));
    }

    private static void nul(Os os, String dir) throws IOException {
        String bad = os.path().join(dir, "a\0b");
        raises(IllegalArgumentException.class, () -> os.mkdir(bad));
        raises(IllegalArgumentException.class, () -> os.stat(bad));
        raises(IllegalArgumentException.class, () -> os.rename(bad, dir + "/c"));
        check(!os.path().exists(bad), "os.path.exists answers False for a NUL");
        equal(Set.of(), namesSeenByNio(dir), "nothing was created, not even a truncated name");
    }

    private static void undecodableNames(Os os, String dir) throws Exception {
        String name = "caf\udce9-\udcff.txt"; // the bytes 'caf', 0xe9, '-', 0xff, '.txt': Latin-1, not UTF-8
        String path = os.path().join(dir, name);
        os.mkdir(path);
        equal(List.of(name), os.listdir(dir), "listdir returns the escaped name");
        byte[] raw = os.listdir(os.fsencode(dir)).get(0);
        equal(Arrays.toString(new byte[] {'c', 'a', 'f', (byte) 0xe9, '-', (byte) 0xff, '.', 't', 'x', 't'}),
                Arrays.toString(raw), "the bytes on disk");
        check(os.stat(path).isDir(), "stat through the escaped name");
        os.rmdir(path);
        equal(List.of(), os.listdir(dir), "removed through the escaped name");
    }

    private static void environ(Os os, String dir) {
        String key = "OSPREY_CHECK_" + os.getpid();
        check(os.getenv(key) == null, "not set yet");
        os.environ().put(key, "v1");
        equal("v1", os.getenv(key), "getenv after environ.put");
        equal("v1", os.environ().remove(key), "environ.remove returns the value");
        check(!os.environ().containsKey(key), "removed");
        equal(System.getenv("PATH"), os.getenv("PATH"), "PATH as the JVM started with it");
    }

    private static void osPath(Os os, String dir) throws Exception {
        OsPath p = os.path();
        Files.writeString(Path.of(dir, "data.bin"), "12345");
        String f = p.join(dir, "data.bin");
        equal(5L, p.getsize(f), "getsize");
        check(p.isfile(f) && !p.isdir(f) && p.exists(f) && !p.islink(f), "predicates");
        equal(dir, p.dirname(f), "dirname");
        equal("data.bin", p.basename(f), "basename");
        equal(".bin", p.splitext(f).ext(), "splitext");
        check(p.samefile(f, p.join(dir, ".", "data.bin")), "samefile");
    }

    // ---- helpers ----

    private static Set<String> namesSeenByNio(String dir) throws IOException {
        try (var s = Files.list(Path.of(dir))) {
            return s.map(x -> x.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
