package org.osprey.posix.variant.darwin;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

import org.osprey.posix.natives.Binder;
import org.osprey.posix.natives.CFunction;

/**
 * The macOS-only file calls: BSD file flags, {@code mknod} with its 32-bit {@code dev_t}, the kernel copies
 * {@code fcopyfile} and {@code clonefile}, and the extended attribute calls, which take a position (0 but for resource forks) and an options word instead of having
 * {@code l*} variants.
 */
public final class DarwinFileCalls {
    private final CFunction mknod;
    private final CFunction chflags;
    private final CFunction lchflags;
    private final CFunction getxattr;
    private final CFunction fgetxattr;
    private final CFunction setxattr;
    private final CFunction fsetxattr;
    private final CFunction listxattr;
    private final CFunction flistxattr;
    private final CFunction removexattr;
    private final CFunction fremovexattr;
    private final CFunction fcopyfile;
    private final CFunction clonefile;

    public DarwinFileCalls(Binder b) {
        mknod = b.function("mknod", INT, POINTER, INT, INT);
        chflags = b.function("chflags", INT, POINTER, INT);
        lchflags = b.function("lchflags", INT, POINTER, INT);
        getxattr = b.function("getxattr", LONG, POINTER, POINTER, POINTER, SIZE, INT, INT);
        fgetxattr = b.function("fgetxattr", LONG, INT, POINTER, POINTER, SIZE, INT, INT);
        setxattr = b.function("setxattr", INT, POINTER, POINTER, POINTER, SIZE, INT, INT);
        fsetxattr = b.function("fsetxattr", INT, INT, POINTER, POINTER, SIZE, INT, INT);
        listxattr = b.function("listxattr", LONG, POINTER, POINTER, SIZE, INT);
        flistxattr = b.function("flistxattr", LONG, INT, POINTER, SIZE, INT);
        removexattr = b.function("removexattr", INT, POINTER, POINTER, INT);
        fremovexattr = b.function("fremovexattr", INT, INT, POINTER, INT);
        // fcopyfile(int, int, copyfile_state_t, copyfile_flags_t): no state; the flags are a uint32_t
        fcopyfile = b.function("fcopyfile", INT, INT, INT, POINTER, INT);
        clonefile = b.function("clonefile", INT, POINTER, POINTER, INT);
    }

    public int mknod(long path, int mode, int dev) {
        return (int) mknod.call(path, mode, dev);
    }

    public int chflags(long path, int flags) {
        return (int) chflags.call(path, flags);
    }

    public int lchflags(long path, int flags) {
        return (int) lchflags.call(path, flags);
    }

    public long getxattr(long path, long name, long value, long size, int position, int options) {
        return getxattr.call(path, name, value, size, position, options);
    }

    public long fgetxattr(int fd, long name, long value, long size, int position, int options) {
        return fgetxattr.call(fd, name, value, size, position, options);
    }

    public int setxattr(long path, long name, long value, long size, int position, int options) {
        return (int) setxattr.call(path, name, value, size, position, options);
    }

    public int fsetxattr(int fd, long name, long value, long size, int position, int options) {
        return (int) fsetxattr.call(fd, name, value, size, position, options);
    }

    public long listxattr(long path, long list, long size, int options) {
        return listxattr.call(path, list, size, options);
    }

    public long flistxattr(int fd, long list, long size, int options) {
        return flistxattr.call(fd, list, size, options);
    }

    public int removexattr(long path, long name, int options) {
        return (int) removexattr.call(path, name, options);
    }

    public int fremovexattr(int fd, long name, int options) {
        return (int) fremovexattr.call(fd, name, options);
    }

    public int fcopyfile(int from, int to, int flags) {
        return (int) fcopyfile.call(from, to, 0L, flags);
    }

    public int clonefile(long src, long dst, int flags) {
        return (int) clonefile.call(src, dst, flags);
    }
}
