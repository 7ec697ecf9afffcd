package org.osprey.windows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.Memory;
import com.sun.jna.WString;
import org.osprey.os.CommandLine;
import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.WaitResult;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitidResult;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Unsupported;

/**
 * Processes as CPython has them on Windows: children started with {@code CreateProcessW} on a command line quoted
 * by {@link CommandLine#list2cmdline} (what {@code subprocess} does there), known by their process handle as
 * {@code os.spawn*} returns it and {@code os.waitpid} takes it; {@code kill} as {@code TerminateProcess} or, for
 * {@code CTRL_C_EVENT}/{@code CTRL_BREAK_EVENT}, a console control event. Windows has no process groups, no
 * {@code wait4}/{@code waitid}, no wait status macros and no {@code exec} that keeps the process.
 */
final class WindowsProcesses implements Processes {
    /** The SDK's value since Vista, which CPython is built with (jna-platform's is the older 0x1F0FFF). */
    private static final int PROCESS_ALL_ACCESS = 0x1FFFFF;
    private static final int CREATE_UNICODE_ENVIRONMENT = WinBase.CREATE_UNICODE_ENVIRONMENT;

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
     * {@code CreateProcessW} on {@code list2cmdline(args)}, inheriting the inheritable handles as the C runtime's
     * {@code _wspawnv} does; {@code search} leaves the program to Windows' own search (no application name).
     *
     * @return the child's process handle, as CPython's {@code os.spawnv(P_NOWAIT, ...)} returns on Windows
     */
    @Override
    public long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options, boolean search)
            throws OsException {
        if (!options.equals(SpawnOptions.defaults())) {
            throw Unsupported.of("posix_spawn", "its file actions and attributes are POSIX's; Windows has none");
        }
        char[] commandLine = (CommandLine.list2cmdline(args) + '\0').toCharArray();
        WinBase.STARTUPINFO startup = new WinBase.STARTUPINFO();
        WinBase.PROCESS_INFORMATION child = new WinBase.PROCESS_INFORMATION();
        Memory block = env == null ? null : environmentBlock(env);
        try {
            if (!Natives.kernel32().CreateProcessW(search ? null : file, commandLine, null, null, true,
                    new WinDef.DWORD(env == null ? 0 : CREATE_UNICODE_ENVIRONMENT), block, null, startup, child)) {
                throw WinErrors.lastError(file);
            }
        } finally {
            if (block != null) {
                block.close();
            }
        }
        Handles.close(child.hThread);
        return Handles.value(child.hProcess);
    }

    /**
     * CPython's {@code _winapi} {@code getenvironment}: {@code KEY=value} strings sorted by upper-cased key, each
     * ended by a NUL, the block by another.
     */
    static Memory environmentBlock(Map<String, String> env) {
        Map<String, String> sorted = new TreeMap<>((a, b) -> {
            int c = a.toUpperCase(Locale.ROOT).compareTo(b.toUpperCase(Locale.ROOT));
            return c != 0 ? c : a.compareTo(b);
        });
        env.forEach((key, value) -> {
            if (key.isEmpty() || key.indexOf('=', 1) >= 0) {
                throw new IllegalArgumentException("illegal environment variable name");
            }
            sorted.put(key, value);
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((key, value) -> text.append(key).append('=').append(value).append('\0'));
        text.append('\0');
        Memory block = new Memory(text.length() * 2L);
        for (int i = 0; i < text.length(); i++) {
            block.setShort(i * 2L, (short) text.charAt(i));
        }
        return block;
    }

    /** CPython's {@code os_system_impl} on Windows: the C runtime's {@code _wsystem}, -1 returned, not raised. */
    @Override
    public int system(String command) {
        return (int) Crt.quietly(u -> u._wsystem(new WString(command)));
    }

    @Override
    public void exec(String file, List<String> args, Map<String, String> env, boolean search) {
        throw Unsupported.of("execv", "Windows cannot replace a running process (its C runtime's exec starts a new "
                + "one and exits); use spawn or subprocess");
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
