package org.osprey.posix;

import static org.osprey.posix.NativeSide.fds;
import static org.osprey.posix.NativeSide.n;

import java.nio.ByteBuffer;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.Descriptors;
import org.osprey.posix.NativeSide.Loaded;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;

/** The POSIX provider's {@link Descriptors} facet: open file descriptors. */
final class PosixDescriptors implements Descriptors {
    @Override
    public StatResult fstat(int fd) throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        if (n.libc().fstat(fd, out.address()) != 0) {
            throw n.errors().last(null);
        }
        return n.abi().stat().read(out.address());
    }

    @Override
    public Map<String, Integer> fdConstants() {
        return fds().constants();
    }

    /** Like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}). */
    @Override
    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        return fds().open(path, flags, mode, dirFd);
    }

    @Override
    public void close(int fd) throws OsException {
        fds().close(fd);
    }

    @Override
    public void closerange(int low, int high) {
        fds().closerange(low, high);
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        return fds().read(fd, buffer);
    }

    @Override
    public int write(int fd, ByteBuffer buffer) throws OsException {
        return fds().write(fd, buffer);
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        return fds().pread(fd, buffer, offset);
    }

    @Override
    public int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException {
        return fds().pwrite(fd, buffer, offset);
    }

    @Override
    public long readv(int fd, ByteBuffer[] buffers) throws OsException {
        return fds().readv(fd, buffers);
    }

    @Override
    public long writev(int fd, ByteBuffer[] buffers) throws OsException {
        return fds().writev(fd, buffers);
    }

    @Override
    public long lseek(int fd, long position, int how) throws OsException {
        return fds().lseek(fd, position, how);
    }

    @Override
    public int dup(int fd) throws OsException {
        return fds().dup(fd);
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        return fds().dup2(fd, fd2, inheritable);
    }

    @Override
    public int[] pipe() throws OsException {
        return fds().pipe();
    }

    @Override
    public int[] pipe2(int flags) throws OsException {
        return fds().pipe2(flags);
    }

    @Override
    public void fsync(int fd) throws OsException {
        fds().fsync(fd);
    }

    @Override
    public void fullfsync(int fd) throws OsException {
        fds().fullfsync(fd);
    }

    @Override
    public void fdatasync(int fd) throws OsException {
        fds().fdatasync(fd);
    }

    @Override
    public void ftruncate(int fd, long length) throws OsException {
        fds().ftruncate(fd, length);
    }

    @Override
    public boolean getBlocking(int fd) throws OsException {
        return fds().getBlocking(fd);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        fds().setBlocking(fd, blocking);
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        return fds().getInheritable(fd);
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        fds().setInheritable(fd, inheritable);
    }

    @Override
    public boolean isatty(int fd) {
        return fds().isatty(fd);
    }
}
