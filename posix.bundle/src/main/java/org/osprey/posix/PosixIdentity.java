package org.osprey.posix;

import static org.osprey.posix.NativeSide.fileOps;
import static org.osprey.posix.NativeSide.n;
import static org.osprey.posix.NativeSide.proc;

import org.osprey.os.OsException;
import org.osprey.os.ResIds;
import org.osprey.os.spi.Identity;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.proc.Credentials;

/** The POSIX provider's {@link Identity} facet: user and group ids, the umask and ownership. */
final class PosixIdentity implements Identity {
    @Override
    public void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException {
        fileOps().chown(path, uid, gid, dirFd, followSymlinks);
    }

    @Override
    public void fchown(int fd, long uid, long gid) throws OsException {
        fileOps().fchown(fd, uid, gid);
    }

    @Override
    public void lchmod(String path, int mode) throws OsException {
        fileOps().lchmod(path, mode);
    }

    @Override
    public void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        fileOps().chflags(path, flags, followSymlinks);
    }

    @Override
    public int umask(int mask) {
        return n().libc().umask(mask);
    }

    @Override
    public long getuid() {
        return Integer.toUnsignedLong(n().libc().getuid());
    }

    @Override
    public long geteuid() {
        return Integer.toUnsignedLong(n().libc().geteuid());
    }

    @Override
    public long getgid() {
        return Integer.toUnsignedLong(n().libc().getgid());
    }

    @Override
    public long getegid() {
        return Integer.toUnsignedLong(n().libc().getegid());
    }

    @Override
    public long[] getgroups() throws OsException {
        Loaded n = n();
        int count = n.libc().getgroups(0, 0);
        NativeBuffer groups = Scratch.get().out().ensure(Math.max(count, 0) * Integer.BYTES);
        if (count < 0 || (count = n.libc().getgroups(count, groups.address())) < 0) {
            throw n.errors().last(null);
        }
        return groups.unsignedInts(0, count);
    }

    @Override
    public void setgroups(long[] groups) throws OsException {
        Credentials.setgroups(proc(), groups);
    }

    @Override
    public long[] getgrouplist(String user, long group) throws OsException {
        return Credentials.getgrouplist(proc(), user, group);
    }

    @Override
    public void initgroups(String user, long group) throws OsException {
        Credentials.initgroups(proc(), user, group);
    }

    @Override
    public String getlogin() throws OsException {
        return Credentials.getlogin(proc());
    }

    @Override
    public ResIds getresuid() throws OsException {
        return Credentials.getresuid(proc());
    }

    @Override
    public ResIds getresgid() throws OsException {
        return Credentials.getresgid(proc());
    }

    @Override
    public void setresuid(long ruid, long euid, long suid) throws OsException {
        Credentials.setresuid(proc(), ruid, euid, suid);
    }

    @Override
    public void setresgid(long rgid, long egid, long sgid) throws OsException {
        Credentials.setresgid(proc(), rgid, egid, sgid);
    }

    @Override
    public void setuid(long uid) throws OsException {
        Credentials.setuid(proc(), uid);
    }

    @Override
    public void seteuid(long euid) throws OsException {
        Credentials.seteuid(proc(), euid);
    }

    @Override
    public void setgid(long gid) throws OsException {
        Credentials.setgid(proc(), gid);
    }

    @Override
    public void setegid(long egid) throws OsException {
        Credentials.setegid(proc(), egid);
    }

    @Override
    public void setreuid(long ruid, long euid) throws OsException {
        Credentials.setreuid(proc(), ruid, euid);
    }

    @Override
    public void setregid(long rgid, long egid) throws OsException {
        Credentials.setregid(proc(), rgid, egid);
    }
}
