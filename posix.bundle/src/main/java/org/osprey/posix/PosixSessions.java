package org.osprey.posix;

import static org.osprey.posix.NativeSide.fds;
import static org.osprey.posix.NativeSide.proc;

import org.osprey.os.OsException;
import org.osprey.posix.proc.Sessions;

/** The POSIX provider's {@link org.osprey.os.spi.Sessions} facet: process groups, sessions and terminals. */
final class PosixSessions implements org.osprey.os.spi.Sessions {
    @Override
    public String ttyname(int fd) throws OsException {
        return fds().ttyname(fd);
    }

    @Override
    public int[] openpty() throws OsException {
        return fds().openpty();
    }

    @Override
    public int[] terminalSize(int fd) throws OsException {
        return fds().terminalSize(fd);
    }

    @Override
    public long getpgid(long pid) throws OsException {
        return Sessions.getpgid(proc(), pid);
    }

    @Override
    public long getpgrp() {
        return Sessions.getpgrp(proc());
    }

    @Override
    public void setpgid(long pid, long pgrp) throws OsException {
        Sessions.setpgid(proc(), pid, pgrp);
    }

    @Override
    public long getsid(long pid) throws OsException {
        return Sessions.getsid(proc(), pid);
    }

    @Override
    public void setsid() throws OsException {
        Sessions.setsid(proc());
    }

    @Override
    public long tcgetpgrp(int fd) throws OsException {
        return Sessions.tcgetpgrp(proc(), fd);
    }

    @Override
    public void tcsetpgrp(int fd, long pgrp) throws OsException {
        Sessions.tcsetpgrp(proc(), fd, pgrp);
    }

    @Override
    public String ctermid() {
        return Sessions.ctermid(proc());
    }
}
