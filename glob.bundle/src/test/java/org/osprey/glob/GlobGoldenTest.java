package org.osprey.glob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.kit.Supported;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * glob.glob on a tree with every kind of entry (again with names that are not UTF-8, where the provider can make
 * them), and on a tree of symlink loops, for many patterns and every
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
        "bad*", "\u00e9*", "**/**", "**/**/*.txt", "dir1//x.txt", "./*", "dir1/./*",
        "*/..", "**/*.py", "d*/**/*.txt", "**/s*/*", "dir1/**/s*", "*.[pt][yx]*", "[a-c]*", "[z-a]*", "[!z-a]*", ".", "..", "**/.", "dir1/**/",
        "*/.hdir", "*/.*", ".hdir/**", "noperm/*", "noperm/**", "***", "dir1/***", "dir[12]/*", "linkfile/",
        // where bytes and str part: b'??.txt' matches the two bytes of '\u00e9.txt', '?.txt' its one character
        "??.txt", "d?r/*", "d??r/*", "bad?.txt", "**/??.txt",
    };

    /**
     * Patterns with bytes that are not UTF-8 (as lone surrogates), for the tree with such names: b'\xc3?.txt'
     * matches the two bytes of '\u00e9.txt'; b'*[\x80-\xff]*' any name with a byte that is not ASCII (the pattern
     * as decoded text).
     */
    static final String[] UNDECODABLE_PATTERNS = {
        "*\udcff*", "d\udce9r/*", "\udcc3?.txt", "[\udcc3]*", "*[\udc80-\udcff]*",
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

    private static final Supported SUPPORTED = Supported.of(OS);

    @TempDir
    static Path tmp;
    private static String root;
    private static String loops;
    /** The trees whose {@code noperm} must be made readable again for the clean-up. */
    private static final List<String> TREES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void trees() throws Exception {
        root = tree("tree");
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

    /** Every kind of entry, with names any provider can make. */
    private static String tree(String name) throws IOException {
        String top = tmp.resolve(name).toString();
        OS.mkdir(top);
        for (String d : new String[] {"dir1", "dir1/sub", "dir1/.hdir", ".hdir", "empty", "dir2", "noperm"}) {
            OS.mkdir(top + "/" + d);
        }
        for (String f : new String[] {"a.txt", "b.py", ".hidden", "dir1/x.txt", "dir1/sub/y.txt", "dir1/.hdir/z.txt",
            ".hdir/w.txt", "dir2/[ab].txt", "dir2/a*b", "dir2/ab.txt", "\u00e9.txt", "noperm/hidden.txt"}) {
            touch(top + "/" + f);
        }
        OS.symlink("dir1", top + "/linkdir");
        OS.symlink("a.txt", top + "/linkfile");
        OS.symlink("nowhere", top + "/broken");
        OS.symlink("loopb", top + "/loopa");
        OS.symlink("loopa", top + "/loopb");
        OS.chmod(top + "/noperm", 0);
        TREES.add(top);
        return top;
    }

    /** {@link #tree} and names that are not UTF-8 on disk; a skip where the provider cannot make them. */
    private static String treeWithUndecodableNames(String name) throws Exception {
        String top = tree(name);
        SUPPORTED.run("open", () -> {
            touch(top + "/bad\udcff.txt");
            OS.mkdir(top + "/d\udce9r");
            touch(top + "/d\udce9r/f.txt");
        });
        return top;
    }

    private static void touch(String file) throws IOException {
        OS.close(OS.open(file, OS.O_CREAT() | OS.O_WRONLY(), 0644));
    }

    @AfterAll
    static void allowCleanup() throws Exception {
        for (String top : TREES) {
            OS.chmod(top + "/noperm", 0755);
        }
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"root", "fd", "cwd", "abs"})
    void globAgreesWithCpython(String mode) throws Exception {
        agreeWithCpython(root, mode, PATTERNS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"root", "fd", "cwd", "abs"})
    void globOfUndecodableNamesAgreesWithCpython(String mode) throws Exception {
        String[] patterns = Stream.concat(Stream.of(PATTERNS), Stream.of(UNDECODABLE_PATTERNS)).toArray(String[]::new);
        agreeWithCpython(treeWithUndecodableNames("undecodable-" + mode), mode, patterns);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"root", "fd", "cwd", "abs"})
    void globOfSymlinkLoopsAgreesWithCpython(String mode) throws Exception {
        agreeWithCpython(loops, mode, LOOP_PATTERNS);
    }

    /** Skips a way of saying where the pattern starts that the provider cannot give glob. */
    private static void assumeProviderCan(String mode) throws Exception {
        if (mode.equals("fd")) {
            SUPPORTED.dirFd("open", "stat");
            SUPPORTED.fd("scandir");
        } else if (mode.equals("cwd")) {
            SUPPORTED.run("chdir", () -> OS.chdir(OS.getcwd()));
        }
    }

    private void agreeWithCpython(String top, String mode, String[] patterns) throws Exception {
        assumeProviderCan(mode);
        List<Request> requests = new ArrayList<>();
        for (int flags = 0; flags < 8; flags++) {
            for (String p : patterns) {
                String pattern = mode.equals("abs") && !p.isEmpty() ? top + "/" + p : p;
                requests.add(new Request(top, mode, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, pattern));
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
