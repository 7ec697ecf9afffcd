package org.osprey.os.spi;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * The process's environment variables and its process ids.
 *
 * <p>A facet every provider has.
 */
@ProviderType
public interface Environment {
    /** {@return this process's id} */
    long getpid();

    /** {@return the parent process's id} */
    long getppid();

    /**
     * The native environment as it is now, decoded with {@link org.osprey.os.FsCodec}.
     *
     * @return a snapshot of the environment
     */
    Map<String, String> environ();

    /**
     * {@code setenv(3)}: children started natively from now on inherit it.
     *
     * @param key the variable's name
     * @param value its value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void putenv(String key, String value) throws OsException;

    /**
     * {@code unsetenv(3)}.
     *
     * @param key the variable's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void unsetenv(String key) throws OsException;
}
