package org.osprey.os.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.OsException;
import org.osprey.os.ProcessInformation;
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
    /**
     * Every {@code SIG*} the platform defines, by name.
     *
     * @return the signal numbers
     */
    Map<String, Integer> signalConstants();

    /**
     * The platform's {@code W*}, {@code P_*} and {@code CLD_*} values (for {@code waitpid}, {@code waitid}).
     *
     * @return the values by name
     */
    Map<String, Integer> waitConstants();

    /**
     * {@code kill(2)}.
     *
     * @param pid the process, or group when 0 or negative
     * @param signal a signal number
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void kill(long pid, int signal) throws OsException;

    /**
     * {@code killpg(3)}.
     *
     * @param pgid a process group id
     * @param signal a signal number
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void killpg(long pgid, int signal) throws OsException;

    /**
     * {@return the pid and status} {@code waitpid(2)}.
     *
     * @param pid the child, or group, to wait for
     * @param options the {@code W*} flags, or-ed together
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    WaitResult waitpid(long pid, int options) throws OsException;

    /**
     * {@return the pid, status and resource use} {@code wait4(2)}.
     *
     * @param pid the child, or group, to wait for
     * @param options the {@code W*} flags, or-ed together
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Wait4Result wait4(long pid, int options) throws OsException;

    /**
     * {@code null} where {@code WNOHANG} found no child ready (Python's {@code None}).
     *
     * @param idtype the platform's {@code P_*} value
     * @param id the process, group or pidfd
     * @param options the {@code W*} flags, or-ed together
     * @return the child's {@code siginfo}, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    WaitidResult waitid(int idtype, long id, int options) throws OsException;

    /**
     * A descriptor of process {@code pid}, close-on-exec.
     *
     * @param pid the process
     * @param flags 0 or {@code PIDFD_NONBLOCK}
     * @return the descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pidfdOpen(long pid, int flags) throws OsException;

    /**
     * The {@code <sys/wait.h>} macros of the platform, the {@code WIF*} ones answering 0 or 1.
     *
     * @param macro the macro
     * @param status a wait status
     * @return the macro's answer
     */
    int waitStatus(WaitMacro macro, int status);

    /**
     * Starts {@code file} with {@code args} and {@code env} ({@code null}: this process's environment) as
     * {@code options} say, searching the {@code PATH} of this process's environment if {@code search} and
     * {@code file} has no {@code /}; returns the child's pid. A program that cannot be started fails here, with
     * its errno and {@code file}. An option the provider cannot honour is an {@link UnsupportedOperationException}
     * naming it, before any child starts.
     *
     * @param file the program
     * @param args the arguments, the program's name first
     * @param env the environment, or {@code null}
     * @param options the file actions and attributes
     * @param search whether to search {@code PATH}
     * @return the child's pid
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options, boolean search)
            throws OsException;

    /**
     * Windows' {@code spawn*(P_WAIT, ...)}: starts {@code file} as {@link #spawn} does and waits for it to end, as
     * the C runtime's {@code _wspawnv(P_WAIT, ...)} does for CPython there. A POSIX provider need not offer it
     * (the API waits with {@link #waitpid} and decodes the status there).
     *
     * @param file the program
     * @param args the arguments, the program's name first
     * @param env the environment, or {@code null}
     * @param search whether to search {@code PATH}
     * @return the child's exit code itself, not a wait status
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    default long spawnAndWait(String file, List<String> args, Map<String, String> env, boolean search)
            throws OsException {
        throw Unsupported.of("spawnv", "P_WAIT is a waitpid of the child here");
    }

    /**
     * Replaces this process's program (and so the JVM) with {@code file}, as {@link #spawn} finds and starts it;
     * returns only by throwing.
     *
     * @param file the program
     * @param args the arguments, the program's name first
     * @param env the environment, or {@code null}
     * @param search whether to search {@code PATH}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void exec(String file, List<String> args, Map<String, String> env, boolean search) throws OsException;

    /**
     * {@code _exit(2)}: ends the process at once, with no shutdown hooks.
     *
     * @param status the exit status
     */
    void exit(int status);

    /** {@code abort(3)}: ends the process with {@code SIGABRT} (a core dump where enabled). */
    void abort();

    /** The {@code <sys/wait.h>} macros. */
    enum WaitMacro {
        /** {@code WIFEXITED(status)}. */
        WIFEXITED,
        /** {@code WEXITSTATUS(status)}. */
        WEXITSTATUS,
        /** {@code WIFSIGNALED(status)}. */
        WIFSIGNALED,
        /** {@code WTERMSIG(status)}. */
        WTERMSIG,
        /** {@code WIFSTOPPED(status)}. */
        WIFSTOPPED,
        /** {@code WSTOPSIG(status)}. */
        WSTOPSIG,
        /** {@code WIFCONTINUED(status)}. */
        WIFCONTINUED,
        /** {@code WCOREDUMP(status)}. */
        WCOREDUMP
    }

    /**
     * CPython's {@code os.system} on Windows: the C runtime's {@code _wsystem}, which runs {@code %COMSPEC% /c}
     * on the command; a POSIX provider need not offer it (the API runs {@code /bin/sh -c} through
     * {@link #spawn} there).
     *
     * @param command the command, as {@code cmd.exe} reads it (checked for NUL by the caller)
     * @return the command processor's exit code, or -1 where it could not be run, as CPython returns it
     * @throws OsException if the call fails: the subclass for its error
     */
    default int system(String command) throws OsException {
        throw Unsupported.of("system", "this provider runs no command processor of its own");
    }

    /**
     * {@code CreateProcessW}; by default unsupported: only Windows has it.
     *
     * @param commandLine the command line, checked for NUL
     * @param options the other arguments, checked for NUL
     * @return the handles and ids
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default ProcessInformation createProcess(String commandLine, CreateProcessOptions options) throws OsException {
        throw Unsupported.of("_winapi.CreateProcess", WINDOWS_ONLY);
    }

    /**
     * {@code WaitForSingleObject}; by default unsupported: only Windows has it.
     *
     * @param handle a waitable handle
     * @param milliseconds the most to wait, or {@code INFINITE}
     * @return {@code WAIT_OBJECT_0} or {@code WAIT_TIMEOUT}
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default int waitForSingleObject(long handle, int milliseconds) throws OsException {
        throw Unsupported.of("_winapi.WaitForSingleObject", WINDOWS_ONLY);
    }

    /**
     * {@code GetExitCodeProcess}; by default unsupported: only Windows has it.
     *
     * @param process a process handle
     * @return the exit code as an unsigned {@code DWORD}
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default long getExitCodeProcess(long process) throws OsException {
        throw Unsupported.of("_winapi.GetExitCodeProcess", WINDOWS_ONLY);
    }

    /**
     * {@code TerminateProcess}; by default unsupported: only Windows has it.
     *
     * @param process a process handle
     * @param exitCode the code it ends with
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default void terminateProcess(long process, int exitCode) throws OsException {
        throw Unsupported.of("_winapi.TerminateProcess", WINDOWS_ONLY);
    }

    /** Why the {@code _winapi} process calls are refused elsewhere. */
    String WINDOWS_ONLY = "it is Windows' (CPython has _winapi only there)";
}
