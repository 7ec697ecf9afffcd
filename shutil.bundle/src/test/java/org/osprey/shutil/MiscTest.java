package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Group;
import org.osprey.os.Os;
import org.osprey.os.Passwd;
import org.osprey.os.StatResult;
import org.osprey.os.TerminalSize;
import org.osprey.testing.Python;

/** ignore_patterns, disk_usage, chown and get_terminal_size. */
class MiscTest {
    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);
    @TempDir
    Path tmp;

    @Test
    void ignorePatternsMatchesLikeFnmatch() throws Exception {
        List<String> names = List.of("a.pyc", "b.py", "A.PYC", ".hidden", "x[1]", "x1", "-", "]", "a-b", "b", "c",
                "z", "\\", "tab\tname", "new\nline", "ü.txt", "[", "[x", "a*b", "?");
        List<String> patterns = List.of("*.pyc", "?", "x[1]", "[!a]*", "[a-c]", "[c-a]", "[!c-a]", "[]]", "[!]]",
                "[-]", "[a-]", "*\\*", "[", "[x", "*[*]*", "[?]", "*\n*", "ü*", "[[]*", "**b", "[a-b-c]", "[!!]");
        StringBuilder script = new StringBuilder("import shutil, sys, json\n"
                + "names, patterns = json.loads(sys.argv[1]), json.loads(sys.argv[2])\n"
                + "for p in patterns:\n"
                + "    print(json.dumps(sorted(shutil.ignore_patterns(p)('.', names))))\n");
        List<String> python = List.of(Python.MODERN.run(script.toString(), json(names), json(patterns)).split("\n"));
        List<String> java = new ArrayList<>();
        for (String p : patterns) {
            java.add(json(new TreeSet<>(shutil.ignorePatterns(p).ignored(".", names))));
        }
        assertEquals(python, java);
        assertEquals(Set.of("a.pyc", "b.py", "b"), shutil.ignorePatterns("*.pyc", "b*").ignored(".", names));
    }

    private static String json(Iterable<String> strings) {
        StringBuilder b = new StringBuilder("[");
        for (String s : strings) {
            b.append(b.length() == 1 ? "" : ", ").append('"');
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\t') {
                    b.append("\\t");
                } else if (c < 0x20 || c > 0x7e) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    @Test
    void aNulInAPathIsRejectedBeforeTouchingTheDisk() throws Exception {
        Path f = Trees.file(tmp.resolve("f"), "x");
        String nul = tmp + "/a\0b";
        assertThrows(IllegalArgumentException.class, () -> shutil.rmtree(nul));
        assertThrows(IllegalArgumentException.class, () -> shutil.copytree(tmp.toString(), nul));
        assertThrows(IllegalArgumentException.class, () -> shutil.move(f.toString(), nul));
        assertThrows(IllegalArgumentException.class, () -> shutil.copy2(f.toString(), nul));
        assertEquals(List.of("f"), Trees.describe(tmp).stream().map(l -> l.split(" ")[0]).toList());
    }

    @Test
    void diskUsageAgreesWithPython() throws Exception {
        DiskUsage usage = Supported.of(os).call("statvfs", () -> shutil.diskUsage(tmp.toString()));
        String python = Python.MODERN.run("import shutil, sys\nu = shutil.disk_usage(sys.argv[1]); print(u.total, end='')",
                tmp.toString());
        assertEquals(Long.parseLong(python), usage.total());
        assertTrue(usage.used() >= 0 && usage.free() >= 0 && usage.used() + usage.free() <= usage.total());
        assertThrows(IllegalArgumentException.class, () -> shutil.diskUsage(tmp + "/a\0b"));
    }

    /**
     * Every form of {@code user} and {@code group} (None, a name, an id, -1, unknown names) gives what CPython 3.13's
     * {@code shutil.chown} gives on a twin file: the same owner, or the same error type and message. As root the ids
     * really change; otherwise both sides meet the same PermissionError.
     */
    @Test
    void chownTakesNamesIdsAndNoneInEveryCombinationAsPython313() throws Exception {
        Supported supported = Supported.of(os);
        Passwd me = supported.call("pwd.getpwuid", () -> os.pwd().getpwuid(os.geteuid()).orElseThrow());
        Group myGroup = supported.call("grp.getgrgid", () -> os.grp().getgrgid(os.getegid()).orElseThrow());
        long otherUid = me.uid() == 0 ? 1 : me.uid();
        long otherGid = me.uid() == 0 ? 2 : myGroup.gid();
        Object[][] cases = {{null, null}, {-1L, -1L}, {me.name(), otherGid}, {otherUid, myGroup.name()},
            {me.name(), myGroup.name()}, {otherUid, otherGid}, {otherUid, null}, {null, otherGid},
            {null, myGroup.name()}, {"no-such-user-osprey", null}, {"no-such-user-osprey", "no-such-group-osprey"},
            {null, "no-such-group-osprey"}, {otherUid, "no-such-group-osprey"}, {"it's", null}};
        Path javaFile = Trees.file(tmp.resolve("java"), "x");
        Path pythonFile = Trees.file(tmp.resolve("python"), "x");
        String script = "import json, os, shutil, sys\n"
                + "user, group = json.loads(sys.argv[2])\n"
                + "try:\n    shutil.chown(sys.argv[1], user, group)\n"
                + "    st = os.stat(sys.argv[1])\n    print('ok', st.st_uid, st.st_gid, end='')\n"
                + "except Exception as e:\n    print(type(e).__name__, str(e), sep='|', end='')";
        for (Object[] c : cases) {
            for (Path f : List.of(javaFile, pythonFile)) {
                os.chown(f.toString(), me.uid(), myGroup.gid());
            }
            String args = "[" + json(c[0]) + ", " + json(c[1]) + "]";
            String python = Python.require313().run(script, pythonFile.toString(), args);
            assertEquals(python, chownOutcome(javaFile.toString(), options(c[0], c[1])), args);
        }
    }

    private static ChownOptions options(Object user, Object group) {
        ChownOptions o = ChownOptions.DEFAULT;
        o = user instanceof Long uid ? o.withUser(uid) : o.withUser((String) user);
        return group instanceof Long gid ? o.withGroup(gid) : o.withGroup((String) group);
    }

    private static String json(Object o) {
        return o == null ? "null" : o instanceof Long ? o.toString() : "\"" + o + "\"";
    }

    private String chownOutcome(String path, ChownOptions options) {
        try {
            shutil.chown(path, options);
            StatResult st = os.stat(path);
            return "ok " + st.uid() + " " + st.gid();
        } catch (IllegalArgumentException e) {
            return "ValueError|" + e.getMessage();
        } catch (NoSuchElementException e) {
            return "LookupError|" + e.getMessage();
        } catch (IOException e) {
            return e.getClass().getSimpleName().replace("OsException", "Error") + "|" + e.getMessage();
        }
    }

    @Test
    void chownShorthandsAndKeywords() throws Exception {
        Path f = Trees.file(tmp.resolve("f"), "x");
        StatResult st = os.stat(f.toString());
        shutil.chown(f.toString(), st.uid(), st.gid());
        shutil.chown(f.toString(), -1, -1); // Python's chown(p, -1, -1): allowed, changes nothing
        assertEquals("user and/or group must be set", assertThrows(IllegalArgumentException.class,
                () -> shutil.chown(f.toString(), null, null)).getMessage());
        assertEquals("no such user: 'no-such-user-osprey'", assertThrows(NoSuchElementException.class,
                () -> shutil.chown(f.toString(), "no-such-user-osprey", null)).getMessage());
        assertEquals("no such group: 'no-such-group-osprey'", assertThrows(NoSuchElementException.class,
                () -> shutil.chown(f.toString(), null, "no-such-group-osprey")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChownOptions("root", 0L, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ChownOptions(null, null, "root", 0L, null));
        assertEquals(ChownOptions.DEFAULT.withGroup(5), ChownOptions.DEFAULT.withGroup("g").withGroup(5));
        assertEquals(null, ChownOptions.DEFAULT.withUser(5).withUser("u").uid());
        Passwd me = Supported.of(os).call("pwd.getpwuid", () -> os.pwd().getpwuid(st.uid()).orElseThrow());
        Group mine = os.grp().getgrgid(st.gid()).orElseThrow();
        shutil.chown(f.toString(), me.name(), mine.name());
        assertEquals(me.uid(), os.stat(f.toString()).uid());
        // Python's ValueError too, though the os API words it its own way ("embedded null byte" in Python)
        assertThrows(IllegalArgumentException.class, () -> shutil.chown(f.toString(), "a\0b", null));
    }

    /** Without a user database ({@code pwd}, {@code grp}) every name is unknown, as in CPython without them. */
    @Test
    void chownByNameIsLookupErrorWithoutAUserDatabase() throws Exception {
        Path f = Trees.file(tmp.resolve("f"), "x");
        String user = Python.MODERN.run("import pwd, os, sys\nprint(pwd.getpwuid(os.stat(sys.argv[1]).st_uid)"
                + ".pw_name, end='')", f.toString());
        Shutil noUsers = Shutil.of(LimitedProvider.os(false, Set.of("getpwnam", "getgrnam")));
        assertEquals("no such user: '" + user + "'", assertThrows(NoSuchElementException.class,
                () -> noUsers.chown(f.toString(), user, null)).getMessage());
        assertEquals("no such group: 'root'", assertThrows(NoSuchElementException.class,
                () -> noUsers.chown(f.toString(), null, "root")).getMessage());
    }

    /** 3.13's dir_fd and follow_symlinks=False: the link itself changes owner, not its target. */
    @Test
    void chownOfASymlinkItselfRelativeToADirFd() throws Exception {
        Supported.of(os).dirFd("chown", "open");
        assumeTrue(Supported.of(os).call("geteuid", os::geteuid) == 0, "only root may give a file away");
        Path target = Trees.file(tmp.resolve("target"), "x");
        Trees.link(tmp.resolve("link"), "target");
        int fd = os.open(tmp.toString(), os.O_RDONLY() | os.O_DIRECTORY());
        try {
            shutil.chown("link", ChownOptions.DEFAULT.withUser(1).withGroup(2).withDirFd(fd)
                    .withFollowSymlinks(false));
        } finally {
            os.close(fd);
        }
        StatResult link = os.lstat(tmp.resolve("link").toString());
        assertEquals(List.of(1L, 2L), List.of(link.uid(), link.gid()));
        assertEquals(0L, os.stat(target.toString()).uid(), "the target kept its owner");
    }

    @Test
    void terminalSizeReadsTheEnvironmentFirstThenFallsBack() throws Exception {
        Map<String, String> env = os.environ();
        String columns = env.get("COLUMNS");
        String lines = env.get("LINES");
        try {
            env.put("COLUMNS", "123");
            env.put("LINES", "45");
            assertEquals(new TerminalSize(123, 45), shutil.getTerminalSize());
            env.put("COLUMNS", "not a number");
            env.put("LINES", "0");
            TerminalSize size = shutil.getTerminalSize(new TerminalSize(77, 11));
            if (!os.isatty(1)) { // under Maven standard output is a pipe or a file: the fallback
                assertEquals(new TerminalSize(77, 11), size);
            }
        } finally {
            restore(env, "COLUMNS", columns);
            restore(env, "LINES", lines);
        }
    }

    private static void restore(Map<String, String> env, String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
    }
}
