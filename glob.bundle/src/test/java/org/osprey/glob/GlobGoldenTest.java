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
 * glob.glob on a tree with every kind of entry, for many patterns and every combination of recursive,
 * include_hidden, str or bytes, and the ways to say where relative patterns start (root_dir, dir_fd, the working
 * directory, an absolute pattern), compared with CPython's answers in CPython's order ({@code glob_oracle.py}).
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

    @TempDir
    static Path tmp;
    private static String root;

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
    }

    @AfterAll
    static void allowCleanup() throws Exception {
        OS.chmod(root + "/noperm", 0755);
    }

    private record Request(String mode, boolean recursive, boolean hidden, boolean bytes, String pattern) {
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
                return glob(r, r.bytes() ? options.withRootDir(FsCodec.encode(root)) : options.withRootDir(root));
            case "fd":
                int fd = OS.open(root, OS.O_RDONLY() | OS.O_DIRECTORY());
                try {
                    return glob(r, options.withDirFd(fd));
                } finally {
                    OS.close(fd);
                }
            case "cwd":
                String before = OS.getcwd();
                OS.chdir(root);
                try {
                    return glob(r, options);
                } finally {
                    OS.chdir(before);
                }
            default:
                return glob(r, options);
        }
    }

    private static List<String> glob(Request r, GlobOptions options) throws Exception {
        if (r.bytes()) {
            return GLOB.glob(FsCodec.encode(r.pattern()), options).stream().map(GlobGoldenTest::hex).toList();
        }
        return GLOB.glob(r.pattern(), options).stream().map(GlobGoldenTest::hex).toList();
    }

    @Test
    void globAgreesWithCpython() throws Exception {
        List<Request> requests = new ArrayList<>();
        for (String mode : new String[] {"root", "fd", "cwd", "abs"}) {
            for (int flags = 0; flags < 8; flags++) {
                for (String p : PATTERNS) {
                    String pattern = mode.equals("abs") && !p.isEmpty() ? root + "/" + p : p;
                    requests.add(new Request(mode, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, pattern));
                }
            }
        }
        StringBuilder stdin = new StringBuilder();
        requests.forEach(r -> stdin.append(r.line()).append('\n'));
        String[] answers = Python.MODERN.runFileWithInput(Path.of("src/test/python/glob_oracle.py"), stdin.toString(),
                root).split("\n", -1);
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            List<String> got = osprey(r);
            List<String> expected = answers[i].isEmpty() ? List.of() : List.of(answers[i].split(" "));
            assertEquals(expected, got, r.toString());
        }
    }
}
