package org.osprey.windows;

import static org.osprey.windows.WinConstants.O_NOINHERIT;
import static org.osprey.windows.WinConstants.O_RDONLY;
import static org.osprey.windows.WinConstants.O_WRONLY;

import java.nio.ByteBuffer;
import java.util.Map;

import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.Unsupported;

/**
 * Integer descriptors as CPython has them on Windows: the UCRT's ({@code _wopen}, {@code _read}...), every one
 * opened non-inheritable ({@code O_NOINHERIT}), their Windows handles ({@code _get_osfhandle}) for what the C
 * runtime cannot tell (stat, inheritance, blocking of pipes). Windows has no {@code pread}, {@code pwrite},
 * {@code readv}, {@code writev}, {@code pipe2} nor {@code fdatasync}, nor has CPython there.
 */
final class WindowsDescriptors implements Descriptors {
    /** The UCRT's most descriptors ({@code _getmaxstdio}'s ceiling): {@code closerange} stops there. */
    private static final int MAX_DESCRIPTORS = 8192;
    /** CPython's {@code _PY_READ_MAX} and {@code _PY_WRITE_MAX} on Windows. */
    private static final int IO_MAX = Integer.MAX_VALUE;
    private static final int FILE_TYPE_CHAR = 2;
    private static final int PIPE_NOWAIT = 1;

    @Override
    public StatResult fstat(int fd) throws OsException {
        return WinStat.ofHandle(Handles.of(Crt.handle(fd)));
    }

    @Override
    public Map<String, Integer> fdConstants() {
        return WinConstants.FD;
    }

    @Override
    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        WindowsFiles.noDirFd("open", dirFd);
        return (int) Crt.checked(u -> u._wopen(new WString(path), flags | O_NOINHERIT, mode), path);
    }

    @Override
    public void close(int fd) throws OsException {
        Crt.checked(u -> u._close(fd), null);
    }

    @Override
    public void closerange(int low, int high) {
        for (int fd = Math.max(low, 0); fd < Math.min(high, MAX_DESCRIPTORS); fd++) {
            int open = fd;
            Crt.quietly(u -> u._close(open));
        }
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        byte[] bytes = new byte[Math.min(buffer.remaining(), IO_MAX)];
        int n = (int) Crt.checked(u -> u._read(fd, bytes, bytes.length), null);
        buffer.put(bytes, 0, n);
        return n;
    }

    @Override
    public int write(int fd, ByteBuffer buffer) throws OsException {
        byte[] bytes = new byte[Math.min(buffer.remaining(), IO_MAX)];
        buffer.get(buffer.position(), bytes);
        int n = (int) Crt.checked(u -> u._write(fd, bytes, bytes.length), null);
        buffer.position(buffer.position() + n);
        return n;
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) {
        throw Unsupported.of("pread", "Windows has none (nor has CPython there)");
    }

    @Override
    public int pwrite(int fd, ByteBuffer buffer, long offset) {
        throw Unsupported.of("pwrite", "Windows has none (nor has CPython there)");
    }

    @Override
    public long readv(int fd, ByteBuffer[] buffers) {
        throw Unsupported.of("readv", "Windows has none (nor has CPython there)");
    }

    @Override
    public long writev(int fd, ByteBuffer[] buffers) {
        throw Unsupported.of("writev", "Windows has none (nor has CPython there)");
    }

    @Override
    public long lseek(int fd, long position, int how) throws OsException {
        return Crt.checked(u -> u._lseeki64(fd, position, how), null);
    }

    /** CPython's {@code _Py_dup}: the copy made non-inheritable, except a console's, which cannot be. */
    @Override
    public int dup(int fd) throws OsException {
        WinNT.HANDLE handle = Handles.of(Crt.handle(fd));
        int copy = (int) Crt.checked(u -> u._dup(fd), null);
        if (Natives.kernel32().GetFileType(handle) != FILE_TYPE_CHAR) {
            try {
                setInheritable(copy, false);
            } catch (OsException e) {
                Crt.quietly(u -> u._close(copy));
                throw e;
            }
        }
        return copy;
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        Crt.checked(u -> u._dup2(fd, fd2), null);
        if (!inheritable) {
            try {
                setInheritable(fd2, false);
            } catch (OsException e) {
                Crt.quietly(u -> u._close(fd2));
                throw e;
            }
        }
        return fd2;
    }

    /** CPython's {@code os_pipe_impl} on Windows: {@code CreatePipe} with non-inheritable handles, then descriptors. */
    @Override
    public int[] pipe() throws OsException {
        WinBase.SECURITY_ATTRIBUTES attributes = new WinBase.SECURITY_ATTRIBUTES();
        attributes.bInheritHandle = false;
        WinNT.HANDLEByReference read = new WinNT.HANDLEByReference();
        WinNT.HANDLEByReference write = new WinNT.HANDLEByReference();
        if (!Natives.kernel().CreatePipe(read, write, attributes, 0)) {
            throw WinErrors.lastError(null);
        }
        long readHandle = Handles.value(read.getValue());
        long writeHandle = Handles.value(write.getValue());
        int readFd = (int) Crt.quietly(u -> u._open_osfhandle(readHandle, O_RDONLY | O_NOINHERIT));
        int writeFd = (int) Crt.quietly(u -> u._open_osfhandle(writeHandle, O_WRONLY | O_NOINHERIT));
        if (readFd == -1 || writeFd == -1) {
            int errno = Natives.ucrt()._errno().getInt(0);
            closeEither(readFd, readHandle);
            closeEither(writeFd, writeHandle);
            throw OsException.ofWindowsErrno(errno, Natives.ucrt().strerror(errno), null, null);
        }
        return new int[] {readFd, writeFd};
    }

    private static void closeEither(int fd, long handle) {
        if (fd != -1) {
            Crt.quietly(u -> u._close(fd));
        } else {
            Handles.close(Handles.of(handle));
        }
    }

    @Override
    public int[] pipe2(int flags) {
        throw Unsupported.of("pipe2", "Windows has none (nor has CPython there)");
    }

    @Override
    public void fsync(int fd) throws OsException {
        Crt.checked(u -> u._commit(fd), null);
    }

    @Override
    public void fdatasync(int fd) {
        throw Unsupported.of("fdatasync", "Windows has none (nor has CPython there)");
    }

    /** {@code _chsize_s}, which returns its errno rather than setting it. */
    @Override
    public void ftruncate(int fd, long length) throws OsException {
        int errno = (int) Crt.quietly(u -> u._chsize_s(fd, length));
        if (errno != 0) {
            throw OsException.ofWindowsErrno(errno, Natives.ucrt().strerror(errno), null, null);
        }
    }

    /** CPython's {@code _Py_get_blocking} on Windows: a pipe's {@code PIPE_NOWAIT}; anything else fails. */
    @Override
    public boolean getBlocking(int fd) throws OsException {
        IntByReference mode = new IntByReference();
        if (!Natives.kernel().GetNamedPipeHandleStateW(Handles.of(Crt.handle(fd)), mode, null, null, null, null, 0)) {
            throw WinErrors.lastError(null);
        }
        return (mode.getValue() & PIPE_NOWAIT) == 0;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        IntByReference mode = new IntByReference(blocking ? 0 : PIPE_NOWAIT);
        if (!Natives.kernel().SetNamedPipeHandleState(Handles.of(Crt.handle(fd)), mode, null, null)) {
            throw WinErrors.lastError(null);
        }
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        return getHandleInheritable(Crt.handle(fd));
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        setHandleInheritable(Crt.handle(fd), inheritable);
    }

    @Override
    public boolean getHandleInheritable(long handle) throws OsException {
        IntByReference flags = new IntByReference();
        if (!Natives.kernel().GetHandleInformation(Handles.of(handle), flags)) {
            throw WinErrors.lastError(null);
        }
        return (flags.getValue() & Kernel.HANDLE_FLAG_INHERIT) != 0;
    }

    @Override
    public void setHandleInheritable(long handle, boolean inheritable) throws OsException {
        if (!Natives.kernel().SetHandleInformation(Handles.of(handle), Kernel.HANDLE_FLAG_INHERIT,
                inheritable ? Kernel.HANDLE_FLAG_INHERIT : 0)) {
            throw WinErrors.lastError(null);
        }
    }

    @Override
    public void closeHandle(long handle) throws OsException {
        if (!Natives.kernel32().CloseHandle(Handles.of(handle))) {
            throw WinErrors.lastError(null);
        }
    }

    /** CPython's {@code msvcrt_get_osfhandle_impl}: the runtime's {@code _get_osfhandle}, {@code EBADF} raised. */
    @Override
    public long getOsfhandle(int fd) throws OsException {
        return Crt.handle(fd);
    }

    @Override
    public boolean isatty(int fd) {
        return Crt.quietly(u -> u._isatty(fd)) != 0;
    }
}
