package org.osprey.posix.variant.linux;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/** The Linux-only file calls: the {@code *at} forms of mkfifo/mknod and the extended attribute calls. */
public interface LinuxFileCalls {
    @SaveError
    int mkfifoat(int dirfd, Pointer path, int mode);

    /** {@code dev_t} is 64 bits on Linux. */
    @SaveError
    int mknodat(int dirfd, Pointer path, int mode, long dev);

    @SaveError
    @ssize_t
    long getxattr(Pointer path, Pointer name, Pointer value, @size_t long size);

    @SaveError
    @ssize_t
    long lgetxattr(Pointer path, Pointer name, Pointer value, @size_t long size);

    @SaveError
    @ssize_t
    long fgetxattr(int fd, Pointer name, Pointer value, @size_t long size);

    @SaveError
    int setxattr(Pointer path, Pointer name, Pointer value, @size_t long size, int flags);

    @SaveError
    int lsetxattr(Pointer path, Pointer name, Pointer value, @size_t long size, int flags);

    @SaveError
    int fsetxattr(int fd, Pointer name, Pointer value, @size_t long size, int flags);

    @SaveError
    @ssize_t
    long listxattr(Pointer path, Pointer list, @size_t long size);

    @SaveError
    @ssize_t
    long llistxattr(Pointer path, Pointer list, @size_t long size);

    @SaveError
    @ssize_t
    long flistxattr(int fd, Pointer list, @size_t long size);

    @SaveError
    int removexattr(Pointer path, Pointer name);

    @SaveError
    int lremovexattr(Pointer path, Pointer name);

    @SaveError
    int fremovexattr(int fd, Pointer name);
}
