package org.osprey.os.spi;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.UnameResult;

/**
 * What the system tells about itself: error messages, {@code uname}, configuration values, load, and
 * random bytes.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface SystemInfo {
    /** The OS's message for an errno, Python's {@code os.strerror}. */
    String strerror(int errno);

    /**
     * The platform's errno values by Python name ({@code "ENOENT"}), each name Python's {@code errno} module has
     * there; {@link org.osprey.os.Errno} keeps the names Python knows.
     */
    Map<String, Integer> errnoConstants();

    UnameResult uname() throws OsException;

    /** The processors online, or -1 if that cannot be told. */
    int cpuCount();

    /** The value of {@code sysconf(3)}; -1 (with no error) where the system sets no limit. */
    long sysconf(int name) throws OsException;

    /** Names without the leading underscore, as in Python: {@code "SC_PAGESIZE"}. */
    Map<String, Integer> sysconfNames();

    /** The value of {@code confstr(3)}, or {@code null} where the name has none. */
    String confstr(int name) throws OsException;

    Map<String, Integer> confstrNames();

    /** The 1-, 5- and 15-minute load averages. */
    LoadAverage getloadavg() throws OsException;

    /** Fills {@code buffer} from the OS's cryptographic random generator. */
    void urandom(byte[] buffer) throws OsException;

    /**
     * The {@code RTLD_*} flags of the {@code dlopen} calls the provider makes, Python's {@code sys.getdlopenflags}.
     * By default the provider loads no native library, and says so.
     */
    default int getdlopenflags() {
        throw Unsupported.of("getdlopenflags", "this provider loads no native library (it makes no dlopen call)");
    }

    /**
     * Python's {@code sys.setdlopenflags}: the flags of the provider's later {@code dlopen} calls. By default the
     * provider loads no native library, and says so.
     */
    default void setdlopenflags(int flags) {
        throw Unsupported.of("setdlopenflags", "this provider loads no native library (it makes no dlopen call)");
    }
}
