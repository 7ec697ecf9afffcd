package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.Group;
import org.osprey.os.Passwd;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** Process parameters, the working directory, the user database and system facts, against Python's. */
public abstract class ProcessKit extends ProviderKit {
    protected ProcessKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;

    @Test
    void pids() {
        assertEquals(ProcessHandle.current().pid(), os.getpid());
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), os.getppid());
    }

    @Test
    void idsAndGroupsAsAChildSeesThem() throws Exception {
        String expected = Python.run("import os; print(os.getuid(), os.geteuid(), os.getgid(), os.getegid(), "
                + "sorted(set(os.getgroups())))").strip();
        String groups = Arrays.stream(os.getgroups()).distinct().sorted().mapToObj(Long::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        assertEquals(expected, os.getuid() + " " + os.geteuid() + " " + os.getgid() + " " + os.getegid() + " " + groups);
    }

    @Test
    void getcwdIsInheritedByAChild() throws Exception {
        assertEquals(Python.run("import os; print(os.getcwd())").strip(), os.getcwd());
    }

    @Test
    void chdirAndFchdirChangeTheProcessDirectory() throws Exception {
        String before = os.getcwd();
        int back = os.open(before, os.O_RDONLY() | os.O_DIRECTORY());
        try {
            String target = tmp.toRealPath().toString();
            os.chdir(target);
            assertEquals(target, os.getcwd());
            assertEquals(target, Python.run("import os; print(os.getcwd())").strip(), "a child starts there");
            os.fchdir(back);
            assertEquals(before, os.getcwd());
        } finally {
            os.chdir(before);
            os.close(back);
        }
    }

    @Test
    void unameMatchesPython() throws Exception {
        UnameResult u = os.uname();
        assertEquals(Python.run("import os; u = os.uname(); print(u.sysname, u.nodename, u.release, u.version, u.machine, sep='|')")
                .strip(), String.join("|", u.sysname(), u.nodename(), u.release(), u.version(), u.machine()));
    }

    @Test
    void strerrorMatchesPython() {
        List<String> expected = Python.lines("import os\nfor e in range(0, 140): print(os.strerror(e))");
        List<String> actual = IntStream.range(0, 140).mapToObj(os::strerror).collect(Collectors.toList());
        assertEquals(expected, actual);
    }

    @Test
    void passwdMatchesPython() throws Exception {
        String script = "import pwd, sys\ne = pwd.getpwnam(sys.argv[1])\n"
                + "print(e.pw_name, e.pw_passwd, e.pw_uid, e.pw_gid, e.pw_gecos, e.pw_dir, e.pw_shell, sep='|')";
        for (String user : new String[] {"root", "nobody"}) {
            Passwd byName = os.pwd().getpwnam(user).orElseThrow();
            assertEquals(Python.run(script, user).strip(), String.join("|", byName.name(), byName.passwd(),
                    Long.toString(byName.uid()), Long.toString(byName.gid()), byName.gecos(), byName.dir(),
                    byName.shell()));
            assertEquals(Optional.of(byName), os.pwd().getpwuid(byName.uid()));
        }
        assertEquals(Optional.empty(), os.pwd().getpwnam("no-such-user-osprey"));
        assertEquals(Optional.empty(), os.pwd().getpwuid(3_999_999_999L));
    }

    /** Every group of the database, members included, as python3's grp sees them; then the misses. */
    @Test
    void groupsMatchPython() throws Exception {
        List<String> expected = Python.lines("import grp\nfor g in grp.getgrall():\n"
                + "    print(g.gr_name, g.gr_passwd, g.gr_gid, ','.join(g.gr_mem), sep='|')");
        assertTrue(expected.size() > 3, "a group database to compare: " + expected);
        for (String line : expected) {
            String name = line.substring(0, line.indexOf('|'));
            Group byName = os.grp().getgrnam(name).orElseThrow();
            assertEquals(line, String.join("|", byName.name(), byName.passwd(), Long.toString(byName.gid()),
                    String.join(",", byName.members())));
            assertEquals(byName.gid(), os.grp().getgrgid(byName.gid()).orElseThrow().gid());
        }
        assertEquals(Optional.empty(), os.grp().getgrnam("no-such-group-osprey"));
        assertEquals(Optional.empty(), os.grp().getgrgid(3_999_999_999L));
        assertThrows(IllegalArgumentException.class, () -> os.grp().getgrnam("ro\0ot"));
    }

    /** Python's {@code supports_dir_fd}, {@code _fd}, {@code _follow_symlinks} and {@code _effective_ids}. */
    protected static List<Set<String>> pythonSupports() {
        return Python.lines("import os\nfor s in (os.supports_dir_fd, os.supports_fd, "
                + "os.supports_follow_symlinks, os.supports_effective_ids): "
                + "print(' '.join(sorted(f.__name__ for f in s)))").stream()
                .map(line -> (Set<String>) new TreeSet<>(List.of(line.split(" ")))).toList();
    }

    /** The provider's sets, in the order of {@link #pythonSupports}. */
    protected final List<Set<String>> ourSupports() {
        var supports = os.supports();
        return List.of(supports.dirFd(), supports.fd(), supports.followSymlinks(), supports.effectiveIds());
    }

    @Test
    void supportsNoMoreThanPythonDoes() {
        List<Set<String>> python = pythonSupports();
        List<Set<String>> ours = ourSupports();
        for (int i = 0; i < ours.size(); i++) {
            assertTrue(python.get(i).containsAll(ours.get(i)), ours.get(i) + " within " + python.get(i));
        }
    }

    /**
     * CPython has {@code _winapi} and {@code msvcrt} on Windows only: elsewhere their process calls are refused,
     * naming the function and why; the API's own checks (null, NUL) come first, as for every call.
     */
    @Test
    void winapiProcessCallsAreWindowsOnly() {
        assumeTrue(os.name().equals("posix"), "Windows has them (SubprocessOnWindowsTest)");
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("_winapi.CreateProcess", () -> os.createprocess("python3 -c pass", CreateProcessOptions.defaults()
                .withEnv(Map.of("=C:", "C:\\", "A", "b"))));
        calls.put("_winapi.WaitForSingleObject", () -> os.waitforsingleobject(-1, 0));
        calls.put("_winapi.GetExitCodeProcess", () -> os.getexitcodeprocess(-1));
        calls.put("_winapi.TerminateProcess", () -> os.terminateprocess(-1, 1));
        calls.put("_winapi.CloseHandle", () -> os.closehandle(-1));
        calls.put("msvcrt.get_osfhandle", () -> os.getOsfhandle(0));
        calls.forEach((name, call) -> {
            String why = assertThrows(UnsupportedOperationException.class, call, name).getMessage();
            assertTrue(why.contains(name) && (why.contains("Windows") || why.contains("facet")), why);
        });
        assertEquals("embedded null character", assertThrows(IllegalArgumentException.class,
                () -> os.createprocess("a\0b", CreateProcessOptions.defaults())).getMessage());
        assertEquals("illegal environment variable name", assertThrows(IllegalArgumentException.class,
                () -> os.createprocess("a", CreateProcessOptions.defaults().withEnv(Map.of("A=B", "c"))))
                .getMessage());
        assertThrows(NullPointerException.class, () -> os.createprocess(null, CreateProcessOptions.defaults()));
        assertEquals("False", Python.run("import importlib.util as u\n"
                + "print(any(u.find_spec(m) is not None for m in ('_winapi', 'msvcrt')))").strip());
    }
}
