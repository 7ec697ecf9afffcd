package org.osprey.posix.variant.linux;

import java.util.Map;

import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.files.Xattrs;
import org.osprey.posix.natives.Natives;

/** Linux: {@code *xattr} follows a symlink, {@code l*xattr} does not, {@code f*xattr} takes a descriptor. */
public final class LinuxXattrs extends Xattrs {
    /** {@code <linux/xattr.h>}. */
    private static final Map<String, Integer> CONSTANTS = Map.of("XATTR_CREATE", 1, "XATTR_REPLACE", 2,
            "XATTR_SIZE_MAX", 65536);

    private final LinuxFileCalls c;

    public LinuxXattrs(Natives natives, ErrnoTranslator errors, LinuxFileCalls calls) {
        super(natives, errors);
        this.c = calls;
    }

    @Override
    protected Map<String, Integer> constants() {
        return CONSTANTS;
    }

    @Override
    protected long get(Target t, long name, long value, long size) {
        return t.isFd() ? c.fgetxattr(t.fd(), name, value, size)
                : t.follow() ? c.getxattr(t.path(), name, value, size) : c.lgetxattr(t.path(), name, value, size);
    }

    @Override
    protected int set(Target t, long name, long value, long size, int flags) {
        return t.isFd() ? c.fsetxattr(t.fd(), name, value, size, flags)
                : t.follow() ? c.setxattr(t.path(), name, value, size, flags)
                        : c.lsetxattr(t.path(), name, value, size, flags);
    }

    @Override
    protected long list(Target t, long names, long size) {
        return t.isFd() ? c.flistxattr(t.fd(), names, size)
                : t.follow() ? c.listxattr(t.path(), names, size) : c.llistxattr(t.path(), names, size);
    }

    @Override
    protected int remove(Target t, long name) {
        return t.isFd() ? c.fremovexattr(t.fd(), name)
                : t.follow() ? c.removexattr(t.path(), name) : c.lremovexattr(t.path(), name);
    }
}
