package org.osprey.windows;

import java.util.List;
import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.WString;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.OsException;
import org.osprey.os.ProcessInformation;
import org.osprey.os.SpawnOptions;
import org.osprey.os.WaitResult;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitidResult;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Unsupported;

/**
 * Processes as CPython has them on Windows: children started by the C runtime's {@code _wspawnv} family, which
 * joins the arguments with spaces unquoted, known by their process handle as {@code os.spawn*} returns it and
 * {@code os.waitpid} takes it; {@code kill} as {@code TerminateProcess} or, for {@code CTRL_C_EVENT}/
 * {@code CTRL_BREAK_EVENT}, a console control event. {@code exec*} as the C runtime's {@code _wexecv}, which starts
 * the program and ends the JVM. Windows has no process groups, no {@code wait4}/{@code waitid} and no wait status
 * macros.
 */
final class WindowsProcesses implements Processes {
    /** The SDK's value since Vista, which CPython is built with (jna-platform's is the older 0x1F0FFF). */
    private static final int PROCESS_ALL_ACCESS = 0x1FFFFF;
    /** The environment block is UTF-16: CPython's {@code CreateProcess} always says so. */
    static final int CREATE_UNICODE_ENVIRONMENT = 0x400;
    /** {@code WaitForSingleObject}'s failure. */
    static final int WAIT_FAILED = 0xFFFFFFFF;

    @Override
    public Map<String, Integer> signalConstants() {
        return WinConstants.SIGNALS;
    }

    /** Windows' {@code os} has no {@code WNOHANG} and kin. */
    @Override
    public Map<String, Integer> waitConstants() {
        return Map.of();
    }

    /** CPython's {@code os_kill_impl} on Windows. */
    @Override
    public void kill(long pid, int signal) throws OsException {
        if (signal == WinConstants.CTRL_C_EVENT || signal == WinConstants.CTRL_BREAK_EVENT) {
            if (!Natives.kernel32().GenerateConsoleCtrlEvent(signal, (int) pid)) {
                throw WinErrors.lastError(null);
            }
            return;
        }
        WinNT.HANDLE process = Natives.kernel32().OpenProcess(PROCESS_ALL_ACCESS, false, (int) pid);
        if (process == null || process.getPointer() == null) {
            throw WinErrors.lastError(null);
        }
        try {
            if (!Natives.kernel32().TerminateProcess(process, signal)) {
                throw WinErrors.lastError(null);
            }
        } finally {
            Handles.close(process);
        }
    }

    @Override
    public void killpg(long pgid, int signal) {
        throw Unsupported.of("killpg", "Windows has no process groups (nor has CPython os.killpg there)");
    }

    /** CPython's {@code os_waitpid_impl} on Windows: {@code _cwait} on a process handle, the status shifted left a byte. */
    @Override
    public WaitResult waitpid(long pid, int options) throws OsException {
        int[] status = new int[1];
        long handle = Crt.checked(u -> u._cwait(status, pid, options), null);
        return new WaitResult(handle, status[0] << 8);
    }

    @Override
    public Wait4Result wait4(long pid, int options) {
        throw Unsupported.of("wait4", "Windows has none (nor has CPython there)");
    }

    @Override
    public WaitidResult waitid(int idtype, long id, int options) {
        throw Unsupported.of("waitid", "Windows has none (nor has CPython there)");
    }

    @Override
    public int pidfdOpen(long pid, int flags) {
        throw Unsupported.of("pidfd_open", "it is Linux's (nor has CPython it on Windows)");
    }

    @Override
    public int waitStatus(WaitMacro macro, int status) {
        throw Unsupported.of(macro.name(), "Windows has no wait status macros (nor has CPython them there)");
    }

    /**
     * CPython's {@code os_spawnv_impl}/{@code os_spawnve_impl} with {@code P_NOWAIT}: the C runtime's
     * {@code _wspawnv}, which joins the arguments with spaces and quotes none (see {@link #launch}).
     *
     * @return the child's process handle, as CPython's {@code os.spawnv(P_NOWAIT, ...)} returns on Windows
     */
    @Override
    public long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options, boolean search)
            throws OsException {
        if (!options.equals(SpawnOptions.defaults())) {
            throw Unsupported.of("posix_spawn", "its file actions and attributes are POSIX's; Windows has none");
        }
        return launch(Ucrt.P_NOWAIT, file, args, env, search);
    }

    /** CPython's {@code os.spawnv(P_WAIT, ...)} on Windows: {@code _wspawnv} waits and returns the exit code. */
    @Override
    public long spawnAndWait(String file, List<String> args, Map<String, String> env, boolean search)
            throws OsException {
        return launch(Ucrt.P_WAIT, file, args, env, search);
    }

    /**
     * {@code _wspawnv}, {@code _wspawnve} with {@code env}, {@code _wspawnvp} to search {@code PATH}, in
     * {@code mode}. The C runtime makes the command line by joining the arguments with single spaces, quoting
     * none: an argument holding a space or a quote reaches the child as several, or changed (quote it with
     * {@link org.osprey.os.CommandLine#list2cmdline}); CPython passes them as they are too. An error is the
     * runtime's errno, without a file name, as CPython's {@code posix_error()}; as there, a child that ends with
     * -1 under {@code P_WAIT} reads as one.
     */
    private static long launch(int mode, String file, List<String> args, Map<String, String> env, boolean search)
            throws OsException {
        WString program = new WString(file);
        WString[] argv = wide(args);
        WString[] envp = env == null ? null : environment(env);
        return Crt.checked(u -> envp != null ? u._wspawnve(mode, program, argv, envp)
                : search ? u._wspawnvp(mode, program, argv) : u._wspawnv(mode, program, argv), null);
    }

    private static WString[] wide(List<String> strings) {
        return strings.stream().map(WString::new).toArray(WString[]::new);
    }

    /** CPython's {@code parse_envlist}: {@code KEY=value} strings, in the mapping's order. */
    static WString[] environment(Map<String, String> env) {
        return env.entrySet().stream().map(e -> new WString(e.getKey() + '=' + e.getValue()))
                .toArray(WString[]::new);
    }

    /** CPython's {@code os_system_impl} on Windows: the C runtime's {@code _wsystem}, -1 returned, not raised. */
    @Override
    public int system(String command) {
        return (int) Crt.quietly(u -> u._wsystem(new WString(command)));
    }

    /**
     * CPython's {@code os_execv_impl}/{@code os_execve_impl} on Windows: the C runtime's {@code _wexecv} (or
     * {@code _wexecve} with {@code env}, {@code _wexecvp} to search). Windows cannot replace a running program, so
     * the runtime starts {@code file} as a new process (a new pid, the arguments joined as {@link #launch} says)
     * and then ends this one at once with {@code _exit(0)}: the whole JVM and its threads go, with no shutdown
     * hooks, as {@code _exit}; whoever waits for the JVM sees it end with 0 while the program runs on. Returns only
     * by throwing: the runtime's errno about {@code file}, as CPython's {@code posix_path_error}.
     */
    @Override
    public void exec(String file, List<String> args, Map<String, String> env, boolean search) throws OsException {
        WString program = new WString(file);
        WString[] argv = wide(args);
        WString[] envp = env == null ? null : environment(env);
        Crt.checked(u -> envp != null ? u._wexecve(program, argv, envp)
                : search ? u._wexecvp(program, argv) : u._wexecv(program, argv), file);
    }

    /**
     * CPython's {@code _winapi_CreateProcess_impl}: {@code CreateProcessW} with no security attributes,
     * {@code CREATE_UNICODE_ENVIRONMENT} added, the command line in a buffer of its own (Windows may write to it)
     * and the environment as {@link EnvironmentBlock}; the error names no file, as CPython's.
     */
    @Override
    public ProcessInformation createProcess(String commandLine, CreateProcessOptions options) throws OsException {
        WinBase.STARTUPINFO startup = new WinBase.STARTUPINFO();
        startup.dwFlags = options.startupFlags();
        startup.wShowWindow = new WinDef.WORD(options.showWindow());
        startup.hStdInput = Handles.of(options.stdInput());
        startup.hStdOutput = Handles.of(options.stdOutput());
        startup.hStdError = Handles.of(options.stdError());
        WinBase.PROCESS_INFORMATION info = new WinBase.PROCESS_INFORMATION();
        Memory env = options.env() == null ? null : EnvironmentBlock.of(options.env());
        try {
            if (!Natives.kernel32().CreateProcessW(options.applicationName(), (commandLine + '\0').toCharArray(),
                    null, null, options.inheritHandles(),
                    new WinDef.DWORD(Integer.toUnsignedLong(options.creationFlags() | CREATE_UNICODE_ENVIRONMENT)),
                    env, options.currentDirectory(), startup, info)) {
                throw WinErrors.lastError(null);
            }
        } finally {
            if (env != null) {
                env.close();
            }
        }
        return new ProcessInformation(Handles.value(info.hProcess), Handles.value(info.hThread),
                info.dwProcessId.longValue(), info.dwThreadId.longValue());
    }

    /** CPython's {@code _winapi_WaitForSingleObject_impl}: {@code WAIT_FAILED} raised, any other result returned. */
    @Override
    public int waitForSingleObject(long handle, int milliseconds) throws OsException {
        int result = Natives.kernel32().WaitForSingleObject(Handles.of(handle), milliseconds);
        if (result == WAIT_FAILED) {
            throw WinErrors.lastError(null);
        }
        return result;
    }

    @Override
    public long getExitCodeProcess(long process) throws OsException {
        IntByReference code = new IntByReference();
        if (!Natives.kernel32().GetExitCodeProcess(Handles.of(process), code)) {
            throw WinErrors.lastError(null);
        }
        return Integer.toUnsignedLong(code.getValue());
    }

    @Override
    public void terminateProcess(long process, int exitCode) throws OsException {
        if (!Natives.kernel32().TerminateProcess(Handles.of(process), exitCode)) {
            throw WinErrors.lastError(null);
        }
    }

    @Override
    public void exit(int status) {
        Natives.ucrt()._exit(status);
    }

    @Override
    public void abort() {
        Natives.ucrt().abort();
    }
}
