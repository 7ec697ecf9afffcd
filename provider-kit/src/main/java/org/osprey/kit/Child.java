package org.osprey.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.SchedParam;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * A JVM of its own for what must never happen to the test JVM: changing credentials, niceness, session or
 * scheduling policy. {@link #run} starts it on the test class path; {@link #main} runs one scenario and prints
 * {@code name=value} lines, an {@link OsException} as its errno name. On Linux niceness, scheduling policy and
 * affinity belong to a thread: a python3 started from the changed thread inherits them.
 */
public final class Child {
    private static Os OS; // the provider under test, in the child JVM only

    private Child() {
    }

    /** The lines a child JVM prints for {@code scenario}. */
    static List<String> run(OsProvider provider, String scenario, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(scenario));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(ChildJvm.command(provider, List.of(), Child.class,
                command.toArray(String[]::new))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child JVM failed (" + p.exitValue() + ") in " + scenario + ": " + out);
        }
        return List.of(out.split("\n"));
    }

    public static void main(String[] args) throws Exception {
        OS = ChildJvm.os();
        switch (args[0]) {
            case "nice" -> {
                print("before", OS.getpriority(OS.PRIO_PROCESS(), 0));
                print("nice", OS.nice(3));
                print("after", OS.getpriority(OS.PRIO_PROCESS(), 0));
                OS.setpriority(OS.PRIO_PROCESS(), 0, 7);
                print("set", OS.getpriority(OS.PRIO_PROCESS(), 0));
                // Linux: the calling thread's niceness, which a process it starts inherits
                print("python", python("import os; print(os.getpriority(os.PRIO_PROCESS, 0))"));
                if (OS.geteuid() == 0) { // -1 is a niceness, not an error, though errno may be stale
                    print("niceToMinusOne", OS.nice(-8));
                    OS.setpriority(OS.PRIO_PROCESS(), 0, 5);
                    OS.setpriority(OS.PRIO_PROCESS(), 0, -1);
                    print("minusOne", OS.getpriority(OS.PRIO_PROCESS(), 0));
                }
                print("missingProcess", attempt(() -> OS.setpriority(OS.PRIO_PROCESS(), Integer.MAX_VALUE, 0)));
            }
            case "session" -> {
                OS.setsid();
                long pid = OS.getpid();
                print("pid", pid);
                print("sid", OS.getsid(0));
                print("pgrp", OS.getpgrp());
                print("setsidAgain", attempt(OS::setsid));
                print("python", python("import os; p = os.getppid(); print(os.getsid(p), os.getpgid(p))"));
            }
            case "terminal" -> {
                print("noTerminal", attempt(() -> OS.tcgetpgrp(OS.openpty().slave())));
                OS.setsid();
                // a session leader without a terminal acquires the first one it opens without O_NOCTTY
                var pty = OS.openpty();
                int slave = OS.open(OS.ttyname(pty.slave()), OS.O_RDWR());
                print("pgrp", OS.getpgrp());
                print("foreground", OS.tcgetpgrp(slave));
                OS.tcsetpgrp(slave, OS.getpgrp());
                print("foregroundAfterSet", OS.tcgetpgrp(slave));
                print("missingGroup", attempt(() -> OS.tcsetpgrp(slave, Integer.MAX_VALUE)));
                print("python", python("import os; print(os.tcgetpgrp(os.open(os.ctermid(), os.O_RDWR)))"));
            }
            case "pgrp" -> {
                print("pid", OS.getpid());
                print("before", OS.getpgrp());
                OS.setpgrp();
                print("after", OS.getpgrp());
                print("getpgid", OS.getpgid(0));
            }
            case "credentials" -> {
                long nobody = Long.parseLong(args[1]);
                long nogroup = Long.parseLong(args[2]);
                OS.setgroups(new long[] {nogroup, 0});
                print("groups", sorted(OS.getgroups()));
                OS.initgroups("nobody", nogroup);
                print("initgroups", sorted(OS.getgroups()));
                OS.setresgid(nogroup, nogroup, 0);
                print("resgid", OS.getresgid());
                OS.setregid(-1, 0);
                print("regid", OS.getresgid());
                OS.setegid(nogroup);
                OS.setgid(0);
                print("gid", OS.getgid() + " " + OS.getegid());
                OS.seteuid(nobody);
                print("seteuid", OS.getresuid());
                OS.seteuid(0); // the saved uid is still root: reversible
                OS.setreuid(nobody, -1);
                print("setreuid", OS.getresuid());
                OS.setresuid(nobody, nobody, nobody);
                print("resuid", OS.getresuid());
                print("python", python("import os; print(os.getresuid(), os.getresgid(), sorted(os.getgroups()))"));
                print("backToRoot", attempt(() -> OS.setuid(0)));
                print("setgroupsDenied", attempt(() -> OS.setgroups(new long[] {0})));
            }
            case "setuid" -> {
                OS.setuid(Long.parseLong(args[1]));
                print("resuid", OS.getresuid());
            }
            case "scheduler" -> {
                print("policy", OS.schedGetscheduler(0));
                OS.schedSetscheduler(0, OS.SCHED_BATCH(), new SchedParam(0));
                print("batch", OS.schedGetscheduler(0));
                print("badParam", attempt(() -> OS.schedSetparam(0, new SchedParam(1))));
                OS.schedSetscheduler(0, OS.SCHED_RR(), new SchedParam(OS.schedGetPriorityMin(OS.SCHED_RR())));
                print("rr", OS.schedGetscheduler(0) + " " + OS.schedGetparam(0).schedPriority());
                OS.schedSetparam(0, new SchedParam(2));
                print("param", OS.schedGetparam(0).schedPriority());
                print("interval", OS.schedRrGetInterval(0));
                print("python", python("import os; print(os.sched_getscheduler(0), "
                        + "os.sched_getparam(0).sched_priority, os.sched_rr_get_interval(0))"));
            }
            case "affinity" -> {
                var all = OS.schedGetaffinity(0);
                int first = all.iterator().next();
                OS.schedSetaffinity(0, Set.of(first));
                print("one", OS.schedGetaffinity(0));
                print("python", python("import os; print(sorted(os.sched_getaffinity(0)))"));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private interface Call {
        void run() throws OsException;
    }

    /** "ok", or the errno name of the failure. */
    private static String attempt(Call call) {
        try {
            call.run();
            return "ok";
        } catch (OsException e) {
            return Errnos.name(e.errno());
        }
    }

    private static String sorted(long[] ids) {
        return Arrays.stream(ids).distinct().sorted().mapToObj(Long::toString).collect(Collectors.joining(",", "[",
                "]"));
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }

    /** python3 as this JVM's own child, so that its parent is the process under test. */
    private static String python(String script) {
        return Python.run(script).strip();
    }

    /** The lines as a map, for the tests. */
    static Map<String, String> values(List<String> lines) {
        return lines.stream().filter(l -> l.contains("=")).collect(Collectors.toMap(l -> l.substring(0,
                l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }
}
