package org.osprey.windows;

import com.sun.jna.platform.win32.Wincon;
import com.sun.jna.platform.win32.WinNT;
import org.osprey.os.OsException;
import org.osprey.os.spi.Sessions;
import org.osprey.os.spi.Unsupported;

/**
 * What Windows has of the {@code Sessions} facet: the console's size. Sessions, process groups and terminals as
 * POSIX has them do not exist there, nor in CPython's {@code os} on Windows.
 */
final class WindowsConsole implements Sessions {
    private static final int STD_INPUT_HANDLE = -10;
    private static final int STD_OUTPUT_HANDLE = -11;
    private static final int STD_ERROR_HANDLE = -12;

    /** CPython's {@code os_get_terminal_size_impl} on Windows: the console window of a standard stream. */
    @Override
    public int[] terminalSize(int fd) throws OsException {
        int std = switch (fd) {
            case 0 -> STD_INPUT_HANDLE;
            case 1 -> STD_OUTPUT_HANDLE;
            case 2 -> STD_ERROR_HANDLE;
            default -> throw new IllegalArgumentException("bad file descriptor");
        };
        WinNT.HANDLE handle = Natives.kernel32().GetStdHandle(std);
        if (handle == null) {
            throw new OsException("handle cannot be retrieved");
        }
        if (Handles.invalid(handle)) {
            throw WinErrors.lastError(null);
        }
        Wincon.CONSOLE_SCREEN_BUFFER_INFO info = new Wincon.CONSOLE_SCREEN_BUFFER_INFO();
        if (!Natives.kernel32().GetConsoleScreenBufferInfo(handle, info)) {
            throw WinErrors.lastError(null);
        }
        return new int[] {info.srWindow.Right - info.srWindow.Left + 1, info.srWindow.Bottom - info.srWindow.Top + 1};
    }

    private static UnsupportedOperationException none(String function) {
        return Unsupported.of(function, "Windows has none (nor has CPython there)");
    }

    @Override
    public String ttyname(int fd) {
        throw none("ttyname");
    }

    @Override
    public int[] openpty() {
        throw none("openpty");
    }

    @Override
    public long getpgid(long pid) {
        throw none("getpgid");
    }

    @Override
    public long getpgrp() {
        throw none("getpgrp");
    }

    @Override
    public void setpgid(long pid, long pgrp) {
        throw none("setpgid");
    }

    @Override
    public long getsid(long pid) {
        throw none("getsid");
    }

    @Override
    public void setsid() {
        throw none("setsid");
    }

    @Override
    public long tcgetpgrp(int fd) {
        throw none("tcgetpgrp");
    }

    @Override
    public void tcsetpgrp(int fd, long pgrp) {
        throw none("tcsetpgrp");
    }

    @Override
    public String ctermid() {
        throw none("ctermid");
    }
}
