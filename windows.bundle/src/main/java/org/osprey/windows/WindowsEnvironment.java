package org.osprey.windows;

import java.util.Map;

import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32Util;
import org.osprey.os.OsException;
import org.osprey.os.spi.Environment;

/**
 * The process's environment as Windows keeps it: read from the process environment block, changed with the UCRT's
 * {@code _wputenv} as CPython's {@code win32_putenv} does (which updates both the block, for children, and the C
 * runtime's copy). Names are case-insensitive there; the API keys {@code os.environ} accordingly.
 */
final class WindowsEnvironment implements Environment {
    /** The UCRT's {@code _MAX_ENV}. */
    private static final int MAX_ENV = 32767;

    @Override
    public long getpid() {
        return Integer.toUnsignedLong(Natives.kernel32().GetCurrentProcessId());
    }

    /** The parent's id as the JDK finds it on Windows (a process snapshot), 0 where it has none. */
    @Override
    public long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    @Override
    public Map<String, String> environ() {
        return Kernel32Util.getEnvironmentVariables();
    }

    /** As CPython's {@code win32_putenv}: an assignment longer than {@code _MAX_ENV} is a {@code ValueError}. */
    @Override
    public void putenv(String key, String value) throws OsException {
        String assignment = key + "=" + value;
        if (assignment.length() > MAX_ENV) {
            throw new IllegalArgumentException("the environment variable is longer than " + MAX_ENV + " characters");
        }
        Crt.checked(u -> u._wputenv(new WString(assignment)), null);
    }

    /** {@code _wputenv("KEY=")}, which removes the variable: CPython's {@code win32_putenv(name, NULL)}. */
    @Override
    public void unsetenv(String key) throws OsException {
        Crt.checked(u -> u._wputenv(new WString(key + "=")), null);
    }
}
