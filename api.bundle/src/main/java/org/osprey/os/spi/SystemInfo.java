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
    /**
     * The OS's message for an errno, Python's {@code os.strerror}.
     *
     * @param errno an error number
     * @return the message
     */
    String strerror(int errno);

    /**
     * The platform's errno values by Python name ({@code "ENOENT"}), each name Python's {@code errno} module has
     * there; {@link org.osprey.os.Errno} keeps the names Python knows.
     *
     * @return the values by name
     */
    Map<String, Integer> errnoConstants();

    /**
     * {@return the system's identification} {@code uname(2)}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    UnameResult uname() throws OsException;

    /**
     * The processors online, or -1 if that cannot be told.
     *
     * @return the count, or -1
     */
    int cpuCount();

    /**
     * The value of {@code sysconf(3)}; -1 (with no error) where the system sets no limit.
     *
     * @param name the platform's number
     * @return the value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sysconf(int name) throws OsException;

    /**
     * Names without the leading underscore, as in Python: {@code "SC_PAGESIZE"}.
     *
     * @return the names and numbers
     */
    Map<String, Integer> sysconfNames();

    /**
     * The value of {@code confstr(3)}, or {@code null} where the name has none.
     *
     * @param name the platform's number
     * @return the value, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String confstr(int name) throws OsException;

    /** {@return the {@code confstr} names, as in Python ({@code "CS_PATH"}), and their numbers} */
    Map<String, Integer> confstrNames();

    /**
     * The 1-, 5- and 15-minute load averages.
     *
     * @return the load averages
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    LoadAverage getloadavg() throws OsException;

    /**
     * Fills {@code buffer} from the OS's cryptographic random generator.
     *
     * @param buffer the array to fill
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void urandom(byte[] buffer) throws OsException;

    /**
     * The {@code RTLD_*} flags of the {@code dlopen} calls the provider makes, Python's {@code sys.getdlopenflags}.
     * By default the provider loads no native library, and says so.
     *
     * @return the {@code RTLD_*} flags
     */
    default int getdlopenflags() {
        throw Unsupported.of("getdlopenflags", "this provider loads no native library (it makes no dlopen call)");
    }

    /**
     * Python's {@code sys.setdlopenflags}: the flags of the provider's later {@code dlopen} calls. By default the
     * provider loads no native library, and says so.
     *
     * @param flags the {@code RTLD_*} flags
     */
    default void setdlopenflags(int flags) {
        throw Unsupported.of("setdlopenflags", "this provider loads no native library (it makes no dlopen call)");
    }
}
