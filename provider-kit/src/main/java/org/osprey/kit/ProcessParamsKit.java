package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.ResIds;
import org.osprey.os.TimesResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * Process parameters against python3. What would change the test JVM for good (credentials, niceness, sessions)
 * runs in a {@link Child} JVM; python3 started by the process under test reports its parent's values.
 */
public abstract class ProcessParamsKit extends ProviderKit {
    protected ProcessParamsKit(OsProvider provider) {
        super(provider);
    }


    private static String ids(long[] ids) {
        return Arrays.stream(ids).distinct().sorted().mapToObj(Long::toString).collect(Collectors.joining(",", "[",
                "]"));
    }

    @Test
    void groupsMatchPython() throws Exception {
        assertEquals(Python.run("import os; print(sorted(set(os.getgroups())))").strip().replace(" ", ""),
                ids(os.getgroups()));
    }

    @Test
    void getgrouplistMatchesPython() throws Exception {
        for (String user : new String[] {"root", "nobody"}) {
            Passwd entry = os.pwd().getpwnam(user).orElseThrow();
            String expected = Python.run("import os, sys; print(sorted(set(os.getgrouplist(sys.argv[1], "
                    + "int(sys.argv[2])))))", user, Long.toString(entry.gid())).strip().replace(" ", "");
            assertEquals(expected, ids(os.getgrouplist(user, entry.gid())), user);
        }
        // an unknown user still belongs to the group given
        assertEquals("[12345]", ids(os.getgrouplist("no-such-user-osprey", 12345)));
    }

    @Test
    void processGroupAndSessionAsAChildSeesThem() throws Exception {
        String parent = Python.run("import os; p = os.getppid(); print(os.getpgid(p), os.getsid(p))").strip();
        assertEquals(parent, os.getpgid(0) + " " + os.getsid(0));
        assertEquals(os.getpgrp(), os.getpgid(0));
        assertEquals(os.getpgrp(), os.getpgid(os.getpid()));
        assertEquals(os.getsid(0), os.getsid(os.getpid()));
    }

    @Test
    void processGroupOfAMissingProcessIsProcessLookupError() {
        OsException e = assertThrows(OsException.class, () -> os.getpgid(Integer.MAX_VALUE));
        assertEquals("ESRCH", Errnos.name(e.errno()));
        assertThrows(OsException.class, () -> os.getsid(Integer.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> os.getpgid(1L << 40));
    }

    @Test
    void priorityMatchesPython() throws Exception {
        String expected = Python.run("import os; print(os.getpriority(os.PRIO_PROCESS, os.getppid()))").strip();
        assertEquals(expected, Integer.toString(os.getpriority(os.PRIO_PROCESS(), 0)));
        assertEquals(expected, Integer.toString(os.getpriority(os.PRIO_PROCESS(), os.getpid())));
        assertThrows(OsException.class, () -> os.getpriority(os.PRIO_PROCESS(), Integer.MAX_VALUE));
    }

    @Test
    void resIdsMatchPython() throws Exception {
        String script = "import os; print(*os.getresuid(), *os.getresgid())";
        ResIds u = os.getresuid();
        ResIds g = os.getresgid();
        assertEquals(Python.run(script).strip(), u.real() + " " + u.effective() + " " + u.saved() + " " + g.real()
                + " " + g.effective() + " " + g.saved());
        assertEquals(os.getuid(), u.real());
        assertEquals(os.geteuid(), u.effective());
    }

    @Test
    void ctermidMatchesPython() {
        assertEquals(Python.run("import os; print(os.ctermid())").strip(), os.ctermid());
    }

    @Test
    void getloginAgreesWithPython() throws Exception {
        String python = Python.run("import errno, os\ntry:\n    print(os.getlogin())\n"
                + "except OSError as e:\n    print(errno.errorcode[e.errno])").strip();
        String ours;
        try {
            ours = os.getlogin();
        } catch (OsException e) {
            ours = Errnos.name(e.errno());
        }
        assertEquals(python, ours);
    }

    @Test
    void timesArePlausible() throws Exception {
        TimesResult before = os.times();
        // spin for 300 ms of this thread's CPU, not of the wall clock: a loaded machine gives a thread less
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long spin = cpu.getCurrentThreadCpuTime() + 300_000_000L;
        long guard = System.nanoTime() + 60_000_000_000L;
        double sink = 0;
        while (cpu.getCurrentThreadCpuTime() < spin && System.nanoTime() < guard) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(sink + 1);
            }
        }
        TimesResult after = os.times();
        assertTrue(sink > 0);
        assertTrue(after.user() + after.system() >= before.user() + before.system() + 0.1, before + " " + after);
        assertTrue(after.elapsed() - before.elapsed() >= 0.25, before + " " + after);
        assertTrue(after.elapsed() - before.elapsed() < 90, before + " " + after);
        assertTrue(after.childrenUser() >= 0 && after.childrenSystem() >= 0);
        // the elapsed clock is the system's: a python3 child reads (nearly) the same
        double python = Double.parseDouble(Python.run("import os; print(os.times().elapsed)").strip());
        assertTrue(Math.abs(python - os.times().elapsed()) < 10, python + " vs " + os.times().elapsed());
    }

    @Test
    void niceAndSetpriorityInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "nice"));
        int before = Integer.parseInt(v.get("before"));
        assertEquals(Math.min(before + 3, 19), Integer.parseInt(v.get("nice")));
        assertEquals(v.get("nice"), v.get("after"));
        assertEquals("7", v.get("set"));
        assertEquals("7", v.get("python"));
        if (os.geteuid() == 0) {
            assertEquals("-1", v.get("niceToMinusOne"));
            assertEquals("-1", v.get("minusOne"));
        }
        assertEquals("ESRCH", v.get("missingProcess"));
    }

    @Test
    void setsidInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "session"));
        assertEquals(v.get("pid"), v.get("sid"));
        assertEquals(v.get("pid"), v.get("pgrp"));
        assertEquals("EPERM", v.get("setsidAgain"), "a session leader cannot start another session");
        assertEquals(v.get("pid") + " " + v.get("pid"), v.get("python"));
        assertNotEquals(Long.toString(os.getsid(0)), v.get("sid"));
    }

    @Test
    void foregroundProcessGroupOfAControllingTerminalInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "terminal"));
        assertEquals("ENOTTY", v.get("noTerminal"), "a pty that is not our controlling terminal");
        assertEquals(v.get("pgrp"), v.get("foreground"), "the session leader's group holds its new terminal");
        assertEquals(v.get("pgrp"), v.get("foregroundAfterSet"));
        assertEquals("ESRCH", v.get("missingGroup"), "no such process group");
        assertEquals(v.get("pgrp"), v.get("python"), "python3, started on the terminal's session, agrees");
        assertThrows(OsException.class, () -> os.tcgetpgrp(987_654));
    }

    @Test
    void setpgrpInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "pgrp"));
        assertEquals(Long.toString(os.getpgrp()), v.get("before"), "a child starts in its parent's group");
        assertEquals(v.get("pid"), v.get("after"));
        assertEquals(v.get("pid"), v.get("getpgid"));
    }

    @Test
    void credentialChangesInAChildJvm() throws Exception {
        assumeTrue(os.geteuid() == 0, "changing to another user needs root");
        Passwd nobody = os.pwd().getpwnam("nobody").orElseThrow();
        long uid = nobody.uid();
        long gid = nobody.gid();
        Map<String, String> v = Child.values(Child.run(provider, "credentials", Long.toString(uid), Long.toString(gid)));
        assertEquals(ids(new long[] {gid, 0}), v.get("groups"));
        assertEquals(ids(os.getgrouplist("nobody", gid)), v.get("initgroups"));
        assertEquals(new ResIds(gid, gid, 0).toString(), v.get("resgid"));
        assertEquals(new ResIds(gid, 0, 0).toString(), v.get("regid"));
        assertEquals("0 0", v.get("gid"), "setgid as root sets all three");
        assertEquals(new ResIds(0, uid, 0).toString(), v.get("seteuid"));
        assertEquals(new ResIds(uid, 0, 0).toString(), v.get("setreuid"));
        assertEquals(new ResIds(uid, uid, uid).toString(), v.get("resuid"));
        assertEquals("(" + uid + ", " + uid + ", " + uid + ") (0, 0, 0) " + ids(os.getgrouplist("nobody", gid))
                .replace(",", ", "), v.get("python"));
        assertEquals("EPERM", v.get("backToRoot"));
        assertEquals("EPERM", v.get("setgroupsDenied"));
    }

    /** What a call answers: its result, Python's OverflowError, or OSError with its errno. */
    private interface Call {
        Object run() throws OsException;
    }

    /** A call that returns nothing. */
    private interface Action {
        void run() throws OsException;
    }

    private static String outcome(Action action) {
        return outcome(() -> {
            action.run();
            return null;
        });
    }

    private static String outcome(Call call) {
        try {
            Object result = call.run();
            return result instanceof long[] ids ? "ok " + ids(ids) : "ok";
        } catch (ArithmeticException e) {
            return "OverflowError";
        } catch (OsException e) {
            return "OSError " + e.errno();
        }
    }

    /**
     * Ids as CPython's converter takes them: -1 and 2**32-1 are both {@code (uid_t)-1}, which the system refuses
     * where it means nothing (EINVAL) and reads as "unchanged" for chown; below -1 or above 2**32-1 is OverflowError;
     * a priority's {@code who} is a C int. Every call here is one the system refuses or one that changes nothing.
     */
    @Test
    void idsAreTakenAsCPythonTakesThem() throws Exception {
        assumeTrue(os.name().equals("posix"), "uids and gids are POSIX's: CPython has no setuid on Windows");
        String file = java.nio.file.Files.createTempFile("osprey-ids", "").toString();
        try {
            String python = String.join("\n", Python.MODERN.lines(String.join("\n",
                    "import os, sys",
                    "def outcome(f):",
                    "    try:",
                    "        r = f()",
                    "        return 'ok' if r is None else 'ok [' + ','.join(map(str, sorted(set(r)))) + ']'",
                    "    except OverflowError:",
                    "        return 'OverflowError'",
                    "    except OSError as e:",
                    "        return 'OSError %d' % e.errno",
                    "f = sys.argv[1]",
                    "for call in (lambda: os.setuid(-1), lambda: os.setuid(2**32 - 1), lambda: os.setuid(2**32),",
                    "             lambda: os.setuid(-2), lambda: os.setgid(2**32 - 1), lambda: os.setreuid(-2, 0),",
                    "             lambda: os.setgroups([-1]), lambda: os.setgroups([2**32]),",
                    "             lambda: os.getpriority(os.PRIO_PROCESS, -1),",
                    "             lambda: os.getpriority(os.PRIO_PROCESS, 2**31),",
                    "             lambda: os.getgrouplist('root', -1), lambda: os.getgrouplist('root', 2**32 - 1),",
                    "             lambda: os.chown(f, 2**32 - 1, -1), lambda: os.chown(f, -1, 2**32 - 1)):",
                    "    print(outcome(call))"), file));
            long max = 0xffff_ffffL;
            String java = String.join("\n", outcome(() -> os.setuid(-1)), outcome(() -> os.setuid(max)),
                    outcome(() -> os.setuid(max + 1)), outcome(() -> os.setuid(-2)), outcome(() -> os.setgid(max)),
                    outcome(() -> os.setreuid(-2, 0)), outcome(() -> os.setgroups(new long[] {-1})),
                    outcome(() -> os.setgroups(new long[] {max + 1})),
                    outcome(() -> os.getpriority(os.PRIO_PROCESS(), -1)),
                    outcome(() -> os.getpriority(os.PRIO_PROCESS(), 1L << 31)),
                    outcome(() -> os.getgrouplist("root", -1)), outcome(() -> os.getgrouplist("root", max)),
                    outcome(() -> os.chown(file, max, -1)), outcome(() -> os.chown(file, -1, max)));
            assertEquals(python, java);
        } finally {
            java.nio.file.Files.delete(java.nio.file.Path.of(file));
        }
    }

    @Test
    void forkCannotBeSafeInAJvm() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, os::fork);
        assertTrue(e.getMessage().contains("os.fork") && e.getMessage().contains("only the calling thread"),
                e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, os::forkpty);
        assertTrue(e.getMessage().contains("os.forkpty") && e.getMessage().contains("garbage collector"),
                e.getMessage());
    }

    @Test
    void constantsMatchPython() {
        String names = "PRIO_PROCESS PRIO_PGRP PRIO_USER SCHED_OTHER SCHED_FIFO SCHED_RR SCHED_BATCH SCHED_IDLE "
                + "SCHED_RESET_ON_FORK RTLD_LAZY RTLD_NOW RTLD_GLOBAL RTLD_LOCAL RTLD_NODELETE RTLD_NOLOAD "
                + "RTLD_DEEPBIND EX_OK EX_USAGE EX_DATAERR EX_NOINPUT EX_NOUSER EX_NOHOST EX_UNAVAILABLE EX_SOFTWARE "
                + "EX_OSERR EX_OSFILE EX_CANTCREAT EX_IOERR EX_TEMPFAIL EX_PROTOCOL EX_NOPERM EX_CONFIG";
        String python = Python.run("import os, sys\nfor n in sys.argv[1:]: print(n, getattr(os, n, 'absent'))",
                names.split(" "));
        StringBuilder ours = new StringBuilder();
        for (String name : names.split(" ")) {
            Object value;
            try {
                value = Os.class.getMethod(name).invoke(os);
            } catch (java.lang.reflect.InvocationTargetException e) {
                assertTrue(e.getCause() instanceof UnsupportedOperationException, name);
                value = "absent";
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            ours.append(name).append(' ').append(value).append('\n');
        }
        assertEquals(python, ours.toString());
    }
}
