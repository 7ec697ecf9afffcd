package org.osprey.shutil.internal;

import java.util.List;
import java.util.Set;

import org.osprey.os.At;
import org.osprey.os.Errno;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;

/** {@code copymode} and {@code copystat}: the metadata a copy carries over. */
final class StatCopier {
    /** What {@link #copystat(int, StatResult, int, String, String)} does through descriptors. */
    private static final Set<String> BY_DESCRIPTOR = Set.of("stat", "utime", "chmod");

    private final Os os;
    private final PlatformRules platform;
    private final boolean byDescriptor;

    StatCopier(Os os, PlatformRules platform) {
        this.os = os;
        this.platform = platform;
        this.byDescriptor = os.supports().fd().containsAll(BY_DESCRIPTOR);
    }

    /**
     * Whether a {@code copy2} may copy the metadata through its open descriptors; where the provider has no
     * {@code fchmod}/{@code futimens}, it copies them by path once the file is closed, as CPython's copy2 does.
     */
    boolean byDescriptor() {
        return byDescriptor;
    }

    void copymode(String src, String dst, boolean followSymlinks) throws OsException {
        if (!followSymlinks && os.path().islink(src) && os.path().islink(dst)) {
            if (!os.supports().followSymlinks().contains("chmod")) {
                return; // no lchmod here (Linux): Python skips as well
            }
            os.chmod(dst, Stat.S_IMODE(os.lstat(src).mode()), At.NOFOLLOW);
            return;
        }
        os.chmod(dst, Stat.S_IMODE(os.stat(src).mode()));
    }

    void copystat(String src, String dst, boolean followSymlinks) throws OsException {
        boolean follow = followSymlinks || !(os.path().islink(src) && os.path().islink(dst));
        At at = follow ? At.DEFAULT : At.NOFOLLOW;
        if (!follow && !os.supports().followSymlinks().contains("stat")) {
            return; // Python's lookup() turns each call into a no-op
        }
        StatResult st = os.stat(src, at);
        if (follow || os.supports().followSymlinks().contains("utime")) {
            utime(dst, st, at);
        }
        if (platform.copiesXattrs()) {
            copyxattr(src, dst, follow);
        }
        if (follow || os.supports().followSymlinks().contains("chmod")) {
            try {
                os.chmod(dst, Stat.S_IMODE(st.mode()), at);
            } catch (UnsupportedOperationException notHere) {
                // Python's NotImplementedError from chmod(follow_symlinks=False): skipped as there
            }
        }
        if (platform.hasFileFlags() && (follow || os.supports().followSymlinks().contains("chflags"))) {
            chflags(dst, st, follow);
        }
    }

    /**
     * A provider that sets a link's own times only in microseconds ({@code lutimes}) refuses finer ones: they are
     * set to the microsecond, as CPython's {@code utime(follow_symlinks=False)} does where {@code lutimes} is all
     * there is.
     */
    private void utime(String dst, StatResult st, At at) throws OsException {
        try {
            os.utimeNs(dst, st.atimeNs(), st.mtimeNs(), at);
        } catch (UnsupportedOperationException finerThanMicroseconds) {
            if (at.followSymlinks()) {
                throw finerThanMicroseconds;
            }
            os.utimeNs(dst, toMicros(st.atimeNs()), toMicros(st.mtimeNs()), at);
        }
    }

    private static long toMicros(long ns) {
        return Math.floorDiv(ns, 1000L) * 1000L;
    }

    /**
     * {@code copystat} between the two open files of a {@code copy2}, through their descriptors: the same
     * metadata in the same order, without resolving either path again ({@code st} is the source's
     * {@code fstat}, taken before its data was read). Errors name the paths, as Python's do.
     */
    void copystat(int in, StatResult st, int out, String src, String dst) throws OsException {
        try {
            os.utimeNs(out, st.atimeNs(), st.mtimeNs());
        } catch (OsException e) {
            throw e.withFilenames(dst, null);
        }
        if (platform.copiesXattrs()) {
            copyxattr(in, out, src, dst);
        }
        try {
            os.fchmod(out, Stat.S_IMODE(st.mode()));
        } catch (OsException e) {
            throw e.withFilenames(dst, null);
        }
        if (platform.hasFileFlags()) {
            chflags(dst, st, true);
        }
    }

    private void chflags(String dst, StatResult st, boolean follow) throws OsException {
        try {
            os.chflags(dst, (int) st.flags(), follow);
        } catch (OsException e) {
            if (!isNotSupported(e)) {
                throw e;
            }
        }
    }

    /** {@code EOPNOTSUPP} or {@code ENOTSUP} (one number on Linux, two on macOS). */
    private boolean isNotSupported(OsException e) {
        Errno errno = os.errno();
        return e.errno() == errno.ENOTSUP() || e.errno() == errno.EOPNOTSUPP();
    }

    /** What Python's {@code _copyxattr} ignores: no extended attributes there, or not this one. */
    private boolean isNoXattr(OsException e) {
        Errno errno = os.errno();
        return isNotSupported(e) || e.errno() == errno.ENODATA() || e.errno() == errno.EINVAL();
    }

    private void copyxattr(int in, int out, String src, String dst) throws OsException {
        copyxattr(() -> os.listxattr(in), name -> os.getxattr(in, name),
                (name, value) -> os.setxattr(out, name, value, 0), src, dst);
    }

    /** Python's {@code _copyxattr} (Linux only there): file systems without xattrs are not an error. */
    void copyxattr(String src, String dst, boolean follow) throws OsException {
        copyxattr(() -> os.listxattr(src, follow), name -> os.getxattr(src, name, follow),
                (name, value) -> os.setxattr(dst, name, value, 0, follow), src, dst);
    }

    private interface Names {
        List<String> list() throws OsException;
    }

    private interface Getter {
        byte[] get(String name) throws OsException;
    }

    private interface Setter {
        void set(String name, byte[] value) throws OsException;
    }

    /** The one loop of both: a call by descriptor names no file, so its error is given {@code src} or {@code dst}. */
    private void copyxattr(Names names, Getter from, Setter to, String src, String dst) throws OsException {
        List<String> all;
        try {
            all = names.list();
        } catch (OsException e) {
            if (isNoXattr(e)) {
                return;
            }
            throw named(e, src);
        }
        for (String name : all) {
            try {
                to.set(name, from.get(name));
            } catch (OsException e) {
                // ... and, for one attribute, what it may not set
                if (!isNoXattr(e) && e.errno() != os.errno().EPERM() && e.errno() != os.errno().EACCES()) {
                    throw named(e, dst);
                }
            }
        }
    }

    private static OsException named(OsException e, String path) {
        return e.filename() == null ? e.withFilenames(path, null) : e;
    }
}
