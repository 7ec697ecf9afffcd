package org.osprey.posix.variant.darwin;

import java.util.Map;

import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.files.Xattrs;
import org.osprey.posix.natives.Natives;

/** macOS: one call per operation, with {@code XATTR_NOFOLLOW} in its options instead of {@code l*} variants. */
public final class DarwinXattrs extends Xattrs {
    /** {@code <sys/xattr.h>}; macOS has no {@code XATTR_SIZE_MAX}, its limit is {@code XATTR_MAXSIZE}. */
    private static final int XATTR_NOFOLLOW = 0x1;
    private static final Map<String, Integer> CONSTANTS = Map.of("XATTR_CREATE", 0x2, "XATTR_REPLACE", 0x4,
            "XATTR_SIZE_MAX", 64 * 1024 * 1024);

    private final DarwinFileCalls c;

    public DarwinXattrs(Natives natives, ErrnoTranslator errors, DarwinFileCalls calls) {
        super(natives, errors);
        this.c = calls;
    }

    @Override
    protected Map<String, Integer> constants() {
        return CONSTANTS;
    }

    private static int options(Target t) {
        return t.follow() ? 0 : XATTR_NOFOLLOW;
    }

    @Override
    protected long get(Target t, long name, long value, long size) {
        return t.isFd() ? c.fgetxattr(t.fd(), name, value, size, 0, 0)
                : c.getxattr(t.path(), name, value, size, 0, options(t));
    }

    @Override
    protected int set(Target t, long name, long value, long size, int flags) {
        return t.isFd() ? c.fsetxattr(t.fd(), name, value, size, 0, flags)
                : c.setxattr(t.path(), name, value, size, 0, flags | options(t));
    }

    @Override
    protected long list(Target t, long names, long size) {
        return t.isFd() ? c.flistxattr(t.fd(), names, size, 0) : c.listxattr(t.path(), names, size, options(t));
    }

    @Override
    protected int remove(Target t, long name) {
        return t.isFd() ? c.fremovexattr(t.fd(), name, 0) : c.removexattr(t.path(), name, options(t));
    }
}
