package org.osprey.nio;

import static org.osprey.nio.NioPlatform.ERRORS;

import java.util.List;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Unsupported;

/**
 * What {@link ProcessHandle} and {@link Runtime} honestly do: {@code kill} with {@code SIGTERM}
 * ({@code destroy()}), {@code SIGKILL} ({@code destroyForcibly()}) or 0 (is the process there?), and
 * {@code _exit} ({@link Runtime#halt}). The JDK sends no other signal, reaps its own children only and
 * reports a signal's death as an exit code above 128, so waiting, wait statuses, spawning and exec are refused.
 */
final class NioProcesses implements Processes {
    /** The two signals the JDK can send; POSIX fixes their numbers (and Windows' C runtime shares them). */
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;
    private static final String NO_WAIT = "the JDK waits only for the processes it started, through Process, and "
            + "gives no wait status (a child killed by a signal is an exit code above 128)";
    private static final String NO_SPAWN = "ProcessBuilder's children are the JDK's to reap, and its exit codes "
            + "cannot tell a signal from an exit; use ProcessBuilder directly";

    @Override
    public Map<String, Integer> signalConstants() {
        return Map.of("SIGKILL", SIGKILL, "SIGTERM", SIGTERM);
    }

    @Override
    public Map<String, Integer> waitConstants() {
        throw Unsupported.of("waitpid", NO_WAIT);
    }

    @Override
    public void kill(long pid, int signal) throws OsException {
        if (signal != 0 && signal != SIGTERM && signal != SIGKILL) {
            throw Unsupported.of("kill", "the JDK sends SIGTERM (ProcessHandle.destroy) and SIGKILL "
                    + "(destroyForcibly) only, not signal " + signal);
        }
        if (pid <= 0) {
            throw Unsupported.of("kill", "the JDK signals one process, not a process group (pid " + pid + ")");
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> ERRORS.error("ESRCH", null));
        if (signal == 0) {
            return;
        }
        if (process.pid() == ProcessHandle.current().pid()) {
            throw Unsupported.of("kill", "the JDK does not signal its own process");
        }
        boolean requested = signal == SIGTERM ? process.destroy() : process.destroyForcibly();
        if (!requested) {
            throw ERRORS.error("EPERM", null);
        }
    }

    @Override
    public void killpg(long pgid, int signal) {
        throw Unsupported.of("killpg", "the JDK knows no process groups");
    }

    @Override
    public WaitResult waitpid(long pid, int options) {
        throw Unsupported.of("waitpid", NO_WAIT);
    }

    @Override
    public Wait4Result wait4(long pid, int options) {
        throw Unsupported.of("wait4", NO_WAIT);
    }

    @Override
    public WaitidResult waitid(int idtype, long id, int options) {
        throw Unsupported.of("waitid", NO_WAIT);
    }

    @Override
    public int pidfdOpen(long pid, int flags) {
        throw Unsupported.of("pidfd_open", "the JDK has no process descriptors");
    }

    @Override
    public int waitStatus(WaitMacro macro, int status) {
        throw Unsupported.of(macro.name(), "the JDK does not know the platform's wait status layout");
    }

    @Override
    public long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options,
            boolean search) {
        throw Unsupported.of("spawn*/posix_spawn/system", NO_SPAWN);
    }

    @Override
    public void exec(String file, List<String> args, Map<String, String> env, boolean search) {
        throw Unsupported.of("exec*", "the JDK cannot replace its own process");
    }

    @Override
    public void exit(int status) {
        Runtime.getRuntime().halt(status); // no shutdown hooks, as _exit
    }

    @Override
    public void abort() {
        throw Unsupported.of("abort", "the JDK cannot end itself with SIGABRT");
    }
}
