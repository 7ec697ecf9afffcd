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
    long getpid();

    long getppid();

    /** The native environment as it is now, decoded with {@link org.osprey.os.FsCodec}. */
    Map<String, String> environ();

    /** {@code setenv(3)}: children started natively from now on inherit it. */
    void putenv(String key, String value) throws OsException;

    void unsetenv(String key) throws OsException;
}
