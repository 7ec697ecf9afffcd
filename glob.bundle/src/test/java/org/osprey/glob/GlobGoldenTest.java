package org.osprey.glob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * glob.glob on a tree with every kind of entry, and on a tree of symlink loops, for many patterns and every
 * combination of recursive, include_hidden, str or bytes, and the ways to say where relative patterns start
 * (root_dir, dir_fd, the working directory, an absolute pattern), compared with CPython's answers in CPython's order
 * ({@code glob_oracle.py}).
 */
class GlobGoldenTest {
    private static final Os OS = Os.get();
    private static final Glob GLOB = Glob.get();
    private static final HexFormat HEX = HexFormat.of();

    static final String[] PATTERNS = {
        "", "*", "*.txt", "?.txt", ".*", "*/", "*/*", "*/*.txt", "dir1/*", "dir1/**", "**", "**/", "**/*.txt",
        "dir1/**/*.txt", "**/.h*", ".hdir/*", "[ab].*", "[!a]*", "dir2/*", "dir2/[[]ab].txt", "dir2/a[*]b",
        "linkdir/*", "linkdir/**", "broken", "broken/", "loopa", "loop*", "loop*/", "loopa/*", "nonexist/*",
        "a.txt", "a.txt/", "dir1/", "dir1", "empty/*", "empty/", "empty/**", "*/sub", "**/sub/*", "d*/**",
        "bad*", "*\udcff*", "\u00e9*", "d\udce9r/*", "**/**", "**/**/*.txt", "dir1//x.txt", "./*", "dir1/./*",
        "*/..", "**/*.py", "d*/**/*.txt", "**/s*/*", "dir1/**/s*", "*.[pt][yx]*", "[a-c]*", "[z-a]*", "[!z-a]*", ".", "..", "**/.", "dir1/**/",
        "*/.hdir", "*/.*", ".hdir/**", "noperm/*", "noperm/**", "***", "dir1/***", "dir[12]/*", "linkfile/",
        // where bytes and str part: b'\xc3?.txt' and b'??.txt' match the two bytes of '\u00e9.txt', '?.txt' its one
        // character; b'*[\x80-\xff]*' any name with a byte that is not ASCII (the pattern as decoded text)
        "??.txt", "\udcc3?.txt", "[\udcc3]*", "*[\udc80-\udcff]*", "d?r/*", "d??r/*", "bad?.txt", "**/??.txt",
    };

    /**
     * On {@link #loops}: a name whose type cannot be read (ELOOP) is still a name that matches, and {@code **}
     * follows a link to an ancestor as CPython does, until the kernel's limit on symlinks in one path stops it.
     */
    static final String[] LOOP_PATTERNS = {
        "*", "**", "**/*", "**/s*", "**/.*", "**/", "**/*/", "*/**/*", "d/**", "d/**/*", "d/**/", "d/**/f", "d/*",
        "d/[ab]", "d/a", "d/a/", "d/a/*", "self", "self/", "self/*", "self/**", "s*/**", "s*/**/*", "**/up",
        "**/up/", "**/a", "**/self*/", "d/up/**/s*", "**/.hself", "**/[ab]/*",
    };

    @TempDir
    static Path tmp;
    private static String root;
    private static String loops;

    @BeforeAll
    static void tree() throws Exception {
        root = tmp.resolve("tree").toString();
        OS.mkdir(root);
        for (String d : new String[] {"dir1", "dir1/sub", "dir1/.hdir", ".hdir", "empty", "dir2", "d\udce9r",
            "noperm"}) {
            OS.mkdir(root + "/" + d);
        }
        for (String f : new String[] {"a.txt", "b.py", ".hidden", "dir1/x.txt", "dir1/sub/y.txt", "dir1/.hdir/z.txt",
            ".hdir/w.txt", "dir2/[ab].txt", "dir2/a*b", "dir2/ab.txt", "bad\udcff.txt", "d\udce9r/f.txt",
            "\u00e9.txt", "noperm/hidden.txt"}) {
            OS.close(OS.open(root + "/" + f, OS.O_CREAT() | OS.O_WRONLY(), 0644));
        }
        OS.symlink("dir1", root + "/linkdir");
        OS.symlink("a.txt", root + "/linkfile");
        OS.symlink("nowhere", root + "/broken");
        OS.symlink("loopb", root + "/loopa");
        OS.symlink("loopa", root + "/loopb");
        OS.chmod(root + "/noperm", 0);

        loops = tmp.resolve("loops").toString();
        OS.mkdir(loops);
        OS.mkdir(loops + "/d");
        OS.close(OS.open(loops + "/d/f", OS.O_CREAT() | OS.O_WRONLY(), 0644));
        OS.symlink("self", loops + "/self");
        OS.symlink(".hself", loops + "/.hself");
        OS.symlink("b", loops + "/d/a");
        OS.symlink("a", loops + "/d/b");
        OS.symlink("..", loops + "/d/up");
    }

    @AfterAll
    static void allowCleanup() throws Exception {
        OS.chmod(root + "/noperm", 0755);
    }

    private record Request(String root, String mode, boolean recursive, boolean hidden, boolean bytes,
            String pattern) {
        String line() {
            return mode + " " + (recursive ? 1 : 0) + " " + (hidden ? 1 : 0) + " " + (bytes ? "b" : "s") + " "
                    + hex(pattern);
        }
    }

    private static String hex(String s) {
        return hex(FsCodec.encode(s));
    }

    private static String hex(byte[] b) {
        return b.length == 0 ? "-" : HEX.formatHex(b);
    }

    /** The matches, each as the hex of its bytes. */
    private List<String> osprey(Request r) throws Exception {
        GlobOptions options = GlobOptions.DEFAULT.withRecursive(r.recursive()).withIncludeHidden(r.hidden());
        switch (r.mode()) {
            case "root":
                return glob(r, r.bytes() ? options.withRootDir(FsCodec.encode(r.root()))
                        : options.withRootDir(r.root()));
            case "fd":
                int fd = OS.open(r.root(), OS.O_RDONLY() | OS.O_DIRECTORY());
                try {
                    return glob(r, options.withDirFd(fd));
                } finally {
                    OS.close(fd);
                }
            case "cwd":
                String before = OS.getcwd();
                OS.chdir(r.root());
                try {
                    return glob(r, options);
                } finally {
                    OS.chdir(before);
                }
            default:
                return glob(r, options);
        }
    }

    /** glob, and iglob pulled one by one, which must agree. */
    private static List<String> glob(Request r, GlobOptions options) throws Exception {
        List<String> globbed;
        List<String> pulled = new ArrayList<>();
        if (r.bytes()) {
            byte[] pattern = FsCodec.encode(r.pattern());
            globbed = GLOB.glob(pattern, options).stream().map(GlobGoldenTest::hex).toList();
            try (GlobBytesIterator it = GLOB.iglob(pattern, options)) {
                it.forEachRemaining(b -> pulled.add(hex(b)));
            }
        } else {
            globbed = GLOB.glob(r.pattern(), options).stream().map(GlobGoldenTest::hex).toList();
            try (GlobIterator it = GLOB.iglob(r.pattern(), options)) {
                it.forEachRemaining(s -> pulled.add(hex(s)));
            }
        }
        assertEquals(globbed, pulled, "iglob " + r);
        return globbed;
    }

    @Test
    void globAgreesWithCpython() throws Exception {
        agreeWithCpython(root, PATTERNS);
    }

    @Test
    void globOfSymlinkLoopsAgreesWithCpython() throws Exception {
        agreeWithCpython(loops, LOOP_PATTERNS);
    }

    private void agreeWithCpython(String top, String[] patterns) throws Exception {
        List<Request> requests = new ArrayList<>();
        for (String mode : new String[] {"root", "fd", "cwd", "abs"}) {
            for (int flags = 0; flags < 8; flags++) {
                for (String p : patterns) {
                    String pattern = mode.equals("abs") && !p.isEmpty() ? top + "/" + p : p;
                    requests.add(new Request(top, mode, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                            pattern));
                }
            }
        }
        StringBuilder stdin = new StringBuilder();
        requests.forEach(r -> stdin.append(r.line()).append('\n'));
        String[] answers = Python.MODERN.runFileWithInput(Path.of("src/test/python/glob_oracle.py"), stdin.toString(),
                top).split("\n", -1);
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            List<String> got = osprey(r);
            List<String> expected = answers[i].isEmpty() ? List.of() : List.of(answers[i].split(" "));
            assertEquals(expected, got, r.toString());
        }
    }
}
