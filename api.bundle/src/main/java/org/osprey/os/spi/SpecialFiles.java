package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * FIFOs, device nodes and device numbers, and {@code chroot}.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface SpecialFiles {
    void mkfifo(String path, int mode, int dirFd) throws OsException;

    void mknod(String path, int mode, long device, int dirFd) throws OsException;

    void chroot(String path) throws OsException;

    /** The major number of a native device number; the encoding is the platform's. */
    long major(long device);

    long minor(long device);

    long makedev(int major, int minor);
}
