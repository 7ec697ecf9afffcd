package org.osprey.os.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;

/**
 * Signals, waiting for children, starting programs and leaving the process.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing. A provider may
 * have it and still refuse some calls with an {@link UnsupportedOperationException} saying why. Arguments arrive
 * checked (no NUL, non-empty {@code args} with a non-empty first element); calls interrupted by a signal are
 * retried (PEP 475).
 */
@ProviderType
public interface Processes {
    /** Every {@code SIG*} the platform defines, by name. */
    Map<String, Integer> signalConstants();

    /** The platform's {@code W*}, {@code P_*} and {@code CLD_*} values (for {@code waitpid}, {@code waitid}). */
    Map<String, Integer> waitConstants();

    void kill(long pid, int signal) throws OsException;

    void killpg(long pgid, int signal) throws OsException;

    WaitResult waitpid(long pid, int options) throws OsException;

    Wait4Result wait4(long pid, int options) throws OsException;

    /** {@code null} where {@code WNOHANG} found no child ready (Python's {@code None}). */
    WaitidResult waitid(int idtype, long id, int options) throws OsException;

    /** A descriptor of process {@code pid}, close-on-exec. */
    int pidfdOpen(long pid, int flags) throws OsException;

    /** The {@code <sys/wait.h>} macros of the platform, the {@code WIF*} ones answering 0 or 1. */
    int waitStatus(WaitMacro macro, int status);

    /**
     * Starts {@code file} with {@code args} and {@code env} ({@code null}: this process's environment) as
     * {@code options} say, searching the {@code PATH} of this process's environment if {@code search} and
     * {@code file} has no {@code /}; returns the child's pid. A program that cannot be started fails here, with
     * its errno and {@code file}. An option the provider cannot honour is an {@link UnsupportedOperationException}
     * naming it, before any child starts.
     */
    long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options, boolean search)
            throws OsException;

    /**
     * Replaces this process's program (and so the JVM) with {@code file}, as {@link #spawn} finds and starts it;
     * returns only by throwing.
     */
    void exec(String file, List<String> args, Map<String, String> env, boolean search) throws OsException;

    /** {@code _exit(2)}: ends the process at once, with no shutdown hooks. */
    void exit(int status);

    /** {@code abort(3)}: ends the process with {@code SIGABRT} (a core dump where enabled). */
    void abort();

    /** The {@code <sys/wait.h>} macros. */
    enum WaitMacro {
        WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WIFCONTINUED, WCOREDUMP
    }
}
