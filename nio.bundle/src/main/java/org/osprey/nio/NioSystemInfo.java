package org.osprey.nio;

import static org.osprey.nio.NioPlatform.ERRORS;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.support.NioErrors;

/**
 * What the JDK knows of the system: the errnos this provider raises, the processors and the load, and random
 * bytes from the JDK's strongest source. {@code uname}, {@code sysconf} and {@code confstr} have no JDK
 * equivalent.
 */
final class NioSystemInfo implements SystemInfo {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String strerror(int errno) {
        for (NioErrors.Errno e : NioErrors.ERRNOS) {
            if (ERRORS.number(e.name()) == errno) {
                return e.strerror();
            }
        }
        throw Unsupported.of("strerror", "the JDK has no strerror: the provider knows the messages of the errnos it"
                + " raises only");
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        Map<String, Integer> numbers = new HashMap<>();
        for (NioErrors.Errno e : NioErrors.ERRNOS) {
            numbers.put(e.name(), ERRORS.number(e.name()));
        }
        return numbers;
    }

    @Override
    public int getdlopenflags() {
        throw Unsupported.of("getdlopenflags", "the pure-Java provider loads no native library");
    }

    @Override
    public void setdlopenflags(int flags) {
        throw Unsupported.of("setdlopenflags", "the pure-Java provider loads no native library");
    }

    @Override
    public UnameResult uname() {
        throw Unsupported.of("uname", "the JDK knows the OS's name and version but not the node or the build");
    }

    @Override
    public int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public long sysconf(int name) {
        throw Unsupported.of("sysconf", "the JDK has no sysconf");
    }

    @Override
    public Map<String, Integer> sysconfNames() {
        throw Unsupported.of("sysconf_names", "the JDK has no sysconf");
    }

    @Override
    public String confstr(int name) {
        throw Unsupported.of("confstr", "the JDK has no confstr");
    }

    @Override
    public Map<String, Integer> confstrNames() {
        throw Unsupported.of("confstr_names", "the JDK has no confstr");
    }

    @Override
    public LoadAverage getloadavg() throws OsException {
        throw Unsupported.of("getloadavg", "the JDK tells the 1-minute load only");
    }

    @Override
    public void urandom(byte[] buffer) {
        RANDOM.nextBytes(buffer);
    }
}
