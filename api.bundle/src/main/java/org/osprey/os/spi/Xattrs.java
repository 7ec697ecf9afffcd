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
    /**
     * {@code XATTR_CREATE}, {@code XATTR_REPLACE} and {@code XATTR_SIZE_MAX} with the platform's values.
     *
     * @return the values by name
     */
    Map<String, Integer> xattrConstants();

    /**
     * {@return the attribute's value} {@code getxattr(2)} or {@code lgetxattr(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param attribute the attribute's name
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException;

    /**
     * {@return the attribute's value} {@code fgetxattr(2)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getxattr(int fd, String attribute) throws OsException;

    /**
     * {@code setxattr(2)} or {@code lsetxattr(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param attribute the attribute's name
     * @param value the attribute's value
     * @param flags 0, {@code XATTR_CREATE} or {@code XATTR_REPLACE}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException;

    /**
     * {@code fsetxattr(2)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name
     * @param value the attribute's value
     * @param flags 0, {@code XATTR_CREATE} or {@code XATTR_REPLACE}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException;

    /**
     * {@return the attributes' names} {@code listxattr(2)} or {@code llistxattr(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr(String path, boolean followSymlinks) throws OsException;

    /**
     * {@return the attributes' names} {@code flistxattr(2)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr(int fd) throws OsException;

    /**
     * {@code removexattr(2)} or {@code lremovexattr(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param attribute the attribute's name
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removexattr(String path, String attribute, boolean followSymlinks) throws OsException;

    /**
     * {@code fremovexattr(2)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removexattr(int fd, String attribute) throws OsException;
}
