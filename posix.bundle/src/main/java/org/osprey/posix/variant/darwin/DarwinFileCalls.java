package org.osprey.posix.variant.darwin;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/**
 * The macOS-only file calls: BSD file flags, {@code mknod} with its 32-bit {@code dev_t}, and the extended
 * attribute calls, which take a position (0 but for resource forks) and an options word instead of having
 * {@code l*} variants.
 */
public interface DarwinFileCalls {
    @SaveError
    int mknod(Pointer path, int mode, int dev);

    @SaveError
    int chflags(Pointer path, int flags);

    @SaveError
    int lchflags(Pointer path, int flags);

    @SaveError
    @ssize_t
    long getxattr(Pointer path, Pointer name, Pointer value, @size_t long size, int position, int options);

    @SaveError
    @ssize_t
    long fgetxattr(int fd, Pointer name, Pointer value, @size_t long size, int position, int options);

    @SaveError
    int setxattr(Pointer path, Pointer name, Pointer value, @size_t long size, int position, int options);

    @SaveError
    int fsetxattr(int fd, Pointer name, Pointer value, @size_t long size, int position, int options);

    @SaveError
    @ssize_t
    long listxattr(Pointer path, Pointer list, @size_t long size, int options);

    @SaveError
    @ssize_t
    long flistxattr(int fd, Pointer list, @size_t long size, int options);

    @SaveError
    int removexattr(Pointer path, Pointer name, int options);

    @SaveError
    int fremovexattr(int fd, Pointer name, int options);
}
