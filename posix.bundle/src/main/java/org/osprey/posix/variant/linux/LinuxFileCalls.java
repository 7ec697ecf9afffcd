package org.osprey.posix.variant.linux;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

import org.osprey.posix.natives.Binder;
import org.osprey.posix.natives.CFunction;

/** The Linux-only file calls: the {@code *at} forms of mkfifo/mknod and the extended attribute calls. */
public final class LinuxFileCalls {
    private final CFunction mkfifoat;
    private final CFunction mknodat;
    private final CFunction getxattr;
    private final CFunction lgetxattr;
    private final CFunction fgetxattr;
    private final CFunction setxattr;
    private final CFunction lsetxattr;
    private final CFunction fsetxattr;
    private final CFunction listxattr;
    private final CFunction llistxattr;
    private final CFunction flistxattr;
    private final CFunction removexattr;
    private final CFunction lremovexattr;
    private final CFunction fremovexattr;

    public LinuxFileCalls(Binder b) {
        mkfifoat = b.function("mkfifoat", INT, INT, POINTER, INT);
        mknodat = b.function("mknodat", INT, INT, POINTER, INT, LONG);
        getxattr = b.function("getxattr", LONG, POINTER, POINTER, POINTER, SIZE);
        lgetxattr = b.function("lgetxattr", LONG, POINTER, POINTER, POINTER, SIZE);
        fgetxattr = b.function("fgetxattr", LONG, INT, POINTER, POINTER, SIZE);
        setxattr = b.function("setxattr", INT, POINTER, POINTER, POINTER, SIZE, INT);
        lsetxattr = b.function("lsetxattr", INT, POINTER, POINTER, POINTER, SIZE, INT);
        fsetxattr = b.function("fsetxattr", INT, INT, POINTER, POINTER, SIZE, INT);
        listxattr = b.function("listxattr", LONG, POINTER, POINTER, SIZE);
        llistxattr = b.function("llistxattr", LONG, POINTER, POINTER, SIZE);
        flistxattr = b.function("flistxattr", LONG, INT, POINTER, SIZE);
        removexattr = b.function("removexattr", INT, POINTER, POINTER);
        lremovexattr = b.function("lremovexattr", INT, POINTER, POINTER);
        fremovexattr = b.function("fremovexattr", INT, INT, POINTER);
    }

    public int mkfifoat(int dirfd, long path, int mode) {
        return (int) mkfifoat.call(dirfd, path, mode);
    }

    /** {@code dev_t} is 64 bits on Linux. */
    public int mknodat(int dirfd, long path, int mode, long dev) {
        return (int) mknodat.call(dirfd, path, mode, dev);
    }

    public long getxattr(long path, long name, long value, long size) {
        return getxattr.call(path, name, value, size);
    }

    public long lgetxattr(long path, long name, long value, long size) {
        return lgetxattr.call(path, name, value, size);
    }

    public long fgetxattr(int fd, long name, long value, long size) {
        return fgetxattr.call(fd, name, value, size);
    }

    public int setxattr(long path, long name, long value, long size, int flags) {
        return (int) setxattr.call(path, name, value, size, flags);
    }

    public int lsetxattr(long path, long name, long value, long size, int flags) {
        return (int) lsetxattr.call(path, name, value, size, flags);
    }

    public int fsetxattr(int fd, long name, long value, long size, int flags) {
        return (int) fsetxattr.call(fd, name, value, size, flags);
    }

    public long listxattr(long path, long list, long size) {
        return listxattr.call(path, list, size);
    }

    public long llistxattr(long path, long list, long size) {
        return llistxattr.call(path, list, size);
    }

    public long flistxattr(int fd, long list, long size) {
        return flistxattr.call(fd, list, size);
    }

    public int removexattr(long path, long name) {
        return (int) removexattr.call(path, name);
    }

    public int lremovexattr(long path, long name) {
        return (int) lremovexattr.call(path, name);
    }

    public int fremovexattr(int fd, long name) {
        return (int) fremovexattr.call(fd, name);
    }
}
