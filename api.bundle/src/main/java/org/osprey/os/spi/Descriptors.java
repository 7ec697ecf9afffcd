package org.osprey.os.spi;

import java.nio.ByteBuffer;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * Open file descriptors: opening, reading, writing and closing them, and what they are.
 *
 * <p>Buffers: a call reads into (or writes from) a buffer's remaining bytes and advances its position past
 * the bytes moved. Calls interrupted by a signal are retried, except close and dup2 (PEP 475).
 *
 * <p>A facet every provider has.
 */
@ProviderType
public interface Descriptors {
    /**
     * {@return the status of the file open at {@code fd}} {@code fstat(2)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult fstat(int fd) throws OsException;

    /**
     * The platform's {@code O_*}, {@code SEEK_*}, lockf {@code F_*} and {@code POSIX_FADV_*}, by Python name.
     *
     * @return the constants by name
     */
    Map<String, Integer> fdConstants();

    /**
     * {@code openat(2)}; like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}).
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param flags the platform's {@code O_*} flags
     * @param mode the permission bits of a file created
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int open(String path, int flags, int mode, int dirFd) throws OsException;

    /**
     * {@code close(2)}, not retried when interrupted.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void close(int fd) throws OsException;

    /**
     * Closes {@code [low, high)}, ignoring errors.
     *
     * @param low the first descriptor
     * @param high the descriptor after the last
     */
    void closerange(int low, int high);

    /**
     * The bytes read, 0 at end of file.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go; its position advances
     * @return the number of bytes read
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int read(int fd, ByteBuffer buffer) throws OsException;

    /**
     * {@return the number of bytes written, which may be fewer than remain} {@code write(2)} of the remaining bytes of
     * {@code buffer}; its position advances.
     *
     * @param fd an open file descriptor
     * @param buffer the bytes, between its position and limit
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int write(int fd, ByteBuffer buffer) throws OsException;

    /**
     * {@return the number of bytes read, 0 at end of file} {@code pread(2)}: at {@code offset}, the file position
     * unchanged.
     *
     * @param fd an open file descriptor
     * @param buffer the bytes, between its position and limit
     * @param offset the file offset
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pread(int fd, ByteBuffer buffer, long offset) throws OsException;

    /**
     * {@return the number of bytes written} {@code pwrite(2)}: at {@code offset}, the file position unchanged.
     *
     * @param fd an open file descriptor
     * @param buffer the bytes, between its position and limit
     * @param offset the file offset
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException;

    /**
     * {@return the total number of bytes read} {@code readv(2)}: fills the buffers in order.
     *
     * @param fd an open file descriptor
     * @param buffers the buffers, in order
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long readv(int fd, ByteBuffer[] buffers) throws OsException;

    /**
     * {@return the total number of bytes written} {@code writev(2)}: writes the buffers in order.
     *
     * @param fd an open file descriptor
     * @param buffers the buffers, in order
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long writev(int fd, ByteBuffer[] buffers) throws OsException;

    /**
     * {@return the new position from the start} {@code lseek(2)}.
     *
     * @param fd an open file descriptor
     * @param position the offset, relative to what {@code how} names
     * @param how the platform's {@code SEEK_*} value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long lseek(int fd, long position, int how) throws OsException;

    /**
     * A non-inheritable copy.
     *
     * @param fd an open file descriptor
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int dup(int fd) throws OsException;

    /**
     * {@return {@code fd2}} {@code dup2(2)}, or {@code dup3(2)} with {@code O_CLOEXEC} where not {@code inheritable}.
     *
     * @param fd an open file descriptor
     * @param fd2 the descriptor to replace
     * @param inheritable whether child processes get {@code fd2}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int dup2(int fd, int fd2, boolean inheritable) throws OsException;

    /**
     * {@code {read end, write end}}, both non-inheritable.
     *
     * @return the two descriptors
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int[] pipe() throws OsException;

    /**
     * {@code {read end, write end}} with exactly {@code flags}.
     *
     * @param flags {@code O_NONBLOCK} and/or {@code O_CLOEXEC}
     * @return the two descriptors
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int[] pipe2(int flags) throws OsException;

    /**
     * {@code fsync(2)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fsync(int fd) throws OsException;

    /**
     * A sync through the drive's write cache: {@code fcntl(fd, F_FULLFSYNC)} on macOS, {@code fsync(2)} where
     * that already flushes the cache (Linux). A provider that cannot tell which it is on refuses, so that no
     * caller believes in a flush that did not happen.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    default void fullfsync(int fd) throws OsException {
        throw Unsupported.of("fsync", "a full sync (F_FULLFSYNC) is not offered by this provider");
    }

    /**
     * {@code fdatasync(2)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fdatasync(int fd) throws OsException;

    /**
     * {@code ftruncate(2)}.
     *
     * @param fd an open file descriptor
     * @param length the new size
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void ftruncate(int fd, long length) throws OsException;

    /**
     * {@return whether {@code O_NONBLOCK} is clear}
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    boolean getBlocking(int fd) throws OsException;

    /**
     * Clears {@code O_NONBLOCK} if {@code blocking}, else sets it.
     *
     * @param fd an open file descriptor
     * @param blocking whether the descriptor blocks
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setBlocking(int fd, boolean blocking) throws OsException;

    /**
     * {@return whether {@code FD_CLOEXEC} is clear}
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    boolean getInheritable(int fd) throws OsException;

    /**
     * Clears {@code FD_CLOEXEC} if {@code inheritable}, else sets it.
     *
     * @param fd an open file descriptor
     * @param inheritable whether child processes get the descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setInheritable(int fd, boolean inheritable) throws OsException;

    /**
     * {@return whether child processes get the Windows handle} {@code GetHandleInformation}'s
     * {@code HANDLE_FLAG_INHERIT}; by default unsupported: only Windows has handles.
     *
     * @param handle a Windows handle
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default boolean getHandleInheritable(long handle) throws OsException {
        throw Unsupported.of("get_handle_inheritable", "it is Windows' (CPython has it only there)");
    }

    /**
     * {@code SetHandleInformation}'s {@code HANDLE_FLAG_INHERIT}; by default unsupported: only Windows has handles.
     *
     * @param handle a Windows handle
     * @param inheritable whether child processes get the handle
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default void setHandleInheritable(long handle, boolean inheritable) throws OsException {
        throw Unsupported.of("set_handle_inheritable", "it is Windows' (CPython has it only there)");
    }

    /**
     * {@code CloseHandle}; by default unsupported: only Windows has handles.
     *
     * @param handle a handle this process owns
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    default void closeHandle(long handle) throws OsException {
        throw Unsupported.of("_winapi.CloseHandle", "it is Windows' (CPython has _winapi only there)");
    }

    /**
     * {@return the Windows handle under {@code fd}} The C runtime's {@code _get_osfhandle}; by default
     * unsupported: only Windows has handles.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: {@code EBADF}
     */
    default long getOsfhandle(int fd) throws OsException {
        throw Unsupported.of("msvcrt.get_osfhandle", "it is Windows' (CPython has msvcrt only there)");
    }

    /**
     * {@return whether {@code fd} is open on a terminal; {@code false} for any error} {@code isatty(3)}.
     *
     * @param fd an open file descriptor
     */
    boolean isatty(int fd);
}
