package org.osprey.windows;

import java.util.Arrays;
import java.util.Map;

import org.osprey.os.Errno;
import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.Unsupported;

/**
 * What CPython's {@code os} tells of a Windows system: {@code cpu_count}, {@code urandom} and {@code strerror}
 * as CPython 3.13 makes them there; no {@code uname}, {@code sysconf}, {@code confstr} or {@code getloadavg},
 * which Python has not on Windows; the errno table of CPython's {@code errno} there ({@link Errno#windows()}).
 */
final class WindowsSystemInfo implements SystemInfo {
    /** {@code ALL_PROCESSOR_GROUPS}: every group's processors, as CPython's {@code os_cpu_count_impl} asks. */
    static final short ALL_PROCESSOR_GROUPS = (short) 0xffff;

    /** CPython's {@code os_strerror_impl}: the C runtime's {@code strerror}. */
    @Override
    public String strerror(int errno) {
        return Natives.ucrt().strerror(errno);
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        return Errno.windows().asMap();
    }

    @Override
    public UnameResult uname() {
        throw Unsupported.of("uname", "Python has no os.uname on Windows");
    }

    /** {@code GetActiveProcessorCount(ALL_PROCESSOR_GROUPS)}, as CPython 3.13's {@code os.cpu_count}. */
    @Override
    public int cpuCount() {
        int n = Natives.kernel().GetActiveProcessorCount(ALL_PROCESSOR_GROUPS);
        return n > 0 ? n : -1;
    }

    @Override
    public long sysconf(int name) {
        throw Unsupported.of("sysconf", "Python has no os.sysconf on Windows");
    }

    @Override
    public Map<String, Integer> sysconfNames() {
        throw Unsupported.of("sysconf_names", "Python has no os.sysconf_names on Windows");
    }

    @Override
    public String confstr(int name) {
        throw Unsupported.of("confstr", "Python has no os.confstr on Windows");
    }

    @Override
    public Map<String, Integer> confstrNames() {
        throw Unsupported.of("confstr_names", "Python has no os.confstr_names on Windows");
    }

    @Override
    public LoadAverage getloadavg() {
        throw Unsupported.of("getloadavg", "Python has no os.getloadavg on Windows");
    }

    /** CPython's {@code win32_urandom}: {@code BCryptGenRandom} with the system's preferred generator. */
    @Override
    public void urandom(byte[] buffer) throws OsException {
        int status = Natives.bcrypt().BCryptGenRandom(null, buffer, buffer.length,
                BCrypt.BCRYPT_USE_SYSTEM_PREFERRED_RNG);
        if (status < 0) {
            Arrays.fill(buffer, (byte) 0);
            // CPython's PyErr_SetFromWindowsErr(0): the thread's last Windows error
            throw WinErrors.lastError(null);
        }
    }
}
