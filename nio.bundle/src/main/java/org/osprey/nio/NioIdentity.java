package org.osprey.nio;

import static org.osprey.nio.NioPaths.noDirFd;
import static org.osprey.nio.NioPlatform.ERRORS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osprey.os.OsException;
import org.osprey.os.ResIds;
import org.osprey.os.spi.Identity;
import org.osprey.os.spi.Unsupported;

/**
 * Ownership by path, through the JDK's {@code unix:uid} and {@code unix:gid} attributes ({@code chown(2)}, or
 * {@code lchown(2)} with {@code NOFOLLOW_LINKS}). The JDK tells no process ids and changes none, and knows no
 * umask: the rest of the facet says so.
 */
final class NioIdentity implements Identity {
    private static UnsupportedOperationException unsupported(String function) {
        return Unsupported.of(function, "the JDK neither tells nor changes the process's ids, groups or umask");
    }

    @Override
    public void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("chown", dirFd);
        if (!NioStat.UNIX) {
            throw Unsupported.of("chown", "this JDK has no unix attribute view");
        }
        Path p = NioPaths.of("chown", path);
        try {
            // one id at a time, as the JDK sets them: -1 leaves one alone, as in chown(2)
            if (uid != -1) {
                Files.setAttribute(p, "unix:uid", (int) uid, NioStat.options(followSymlinks));
            }
            if (gid != -1) {
                Files.setAttribute(p, "unix:gid", (int) gid, NioStat.options(followSymlinks));
            }
        } catch (IOException e) {
            throw ERRORS.translate(e, path, null);
        }
    }

    @Override
    public void fchown(int fd, long uid, long gid) {
        throw Unsupported.of("fchown", "the JDK cannot change the owner of an open file");
    }

    @Override
    public void lchmod(String path, int mode) {
        throw Unsupported.of("lchmod", "the JDK has no lchmod");
    }

    @Override
    public void chflags(String path, int flags, boolean followSymlinks) {
        throw Unsupported.of("chflags", "the JDK has no BSD file flags");
    }

    @Override
    public int umask(int mask) {
        throw unsupported("umask");
    }

    @Override
    public long getuid() {
        throw unsupported("getuid");
    }

    @Override
    public long geteuid() {
        throw unsupported("geteuid");
    }

    @Override
    public long getgid() {
        throw unsupported("getgid");
    }

    @Override
    public long getegid() {
        throw unsupported("getegid");
    }

    @Override
    public long[] getgroups() {
        throw unsupported("getgroups");
    }

    @Override
    public void setgroups(long[] groups) {
        throw unsupported("setgroups");
    }

    @Override
    public long[] getgrouplist(String user, long group) {
        throw unsupported("getgrouplist");
    }

    @Override
    public void initgroups(String user, long group) {
        throw unsupported("initgroups");
    }

    @Override
    public String getlogin() {
        throw Unsupported.of("getlogin", "the JDK's user.name is the account, not the terminal's login");
    }

    @Override
    public ResIds getresuid() {
        throw unsupported("getresuid");
    }

    @Override
    public ResIds getresgid() {
        throw unsupported("getresgid");
    }

    @Override
    public void setresuid(long ruid, long euid, long suid) {
        throw unsupported("setresuid");
    }

    @Override
    public void setresgid(long rgid, long egid, long sgid) {
        throw unsupported("setresgid");
    }

    @Override
    public void setuid(long uid) {
        throw unsupported("setuid");
    }

    @Override
    public void seteuid(long euid) {
        throw unsupported("seteuid");
    }

    @Override
    public void setgid(long gid) {
        throw unsupported("setgid");
    }

    @Override
    public void setegid(long egid) {
        throw unsupported("setegid");
    }

    @Override
    public void setreuid(long ruid, long euid) {
        throw unsupported("setreuid");
    }

    @Override
    public void setregid(long rgid, long egid) {
        throw unsupported("setregid");
    }
}
