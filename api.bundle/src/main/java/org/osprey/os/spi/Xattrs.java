package org.osprey.os.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Extended attributes.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface Xattrs {
    /** {@code XATTR_CREATE}, {@code XATTR_REPLACE} and {@code XATTR_SIZE_MAX} with the platform's values. */
    Map<String, Integer> xattrConstants();

    byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException;

    byte[] getxattr(int fd, String attribute) throws OsException;

    void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException;

    void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException;

    List<String> listxattr(String path, boolean followSymlinks) throws OsException;

    List<String> listxattr(int fd) throws OsException;

    void removexattr(String path, String attribute, boolean followSymlinks) throws OsException;

    void removexattr(int fd, String attribute) throws OsException;
}
