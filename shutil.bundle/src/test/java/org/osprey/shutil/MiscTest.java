package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThrows(IllegalArgumentException.class, () -> shutil.diskUsage(nul));
        assertEquals(List.of("f"), Trees.describe(tmp).stream().map(l -> l.split(" ")[0]).toList());
    }

    @Test
    void diskUsageAgreesWithPython() throws Exception {
        DiskUsage usage = shutil.diskUsage(tmp.toString());
        String python = Python.MODERN.run("import shutil, sys\nu = shutil.disk_usage(sys.argv[1]); print(u.total, end='')",
                tmp.toString());
        assertEquals(Long.parseLong(python), usage.total());
        assertTrue(usage.used() >= 0 && usage.free() >= 0 && usage.used() + usage.free() <= usage.total());
    }

    @Test
    void chownByIdAndByName() throws Exception {
        Path f = Trees.file(tmp.resolve("f"), "x");
        StatResult st = os.stat(f.toString());
        shutil.chown(f.toString(), st.uid(), st.gid());
        Passwd me = os.pwd().getpwuid(os.geteuid()).orElseThrow();
        shutil.chown(f.toString(), me.name(), null);
        assertEquals(me.uid(), os.stat(f.toString()).uid());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> shutil.chown(f.toString(), null, null));
        assertEquals("user and/or group must be set", none.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> shutil.chown(f.toString(), "no-such-user-osprey", null));
        assertEquals("no such user: 'no-such-user-osprey'", unknown.getMessage());
        Group mine = os.grp().getgrgid(st.gid()).orElseThrow();
        shutil.chown(f.toString(), null, mine.name());
        assertEquals(mine.gid(), os.stat(f.toString()).gid());
        if (os.geteuid() == 0) {
            Group other = os.grp().getgrnam("nogroup").orElse(mine);
            shutil.chown(f.toString(), me.name(), other.name());
            assertEquals(other.gid(), os.stat(f.toString()).gid(), "root may give the file any group");
        }
        IllegalArgumentException noGroup = assertThrows(IllegalArgumentException.class,
                () -> shutil.chown(f.toString(), null, "no-such-group-osprey"));
        assertEquals("no such group: 'no-such-group-osprey'", noGroup.getMessage());
        assertTrue(Files.exists(f));
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
