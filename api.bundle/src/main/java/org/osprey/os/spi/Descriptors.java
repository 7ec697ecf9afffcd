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
    StatResult fstat(int fd) throws OsException;

    /** The platform's {@code O_*}, {@code SEEK_*}, lockf {@code F_*} and {@code POSIX_FADV_*}, by Python name. */
    Map<String, Integer> fdConstants();

    /** {@code openat(2)}; like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}). */
    int open(String path, int flags, int mode, int dirFd) throws OsException;

    void close(int fd) throws OsException;

    /** Closes {@code [low, high)}, ignoring errors. */
    void closerange(int low, int high);

    /** The bytes read, 0 at end of file. */
    int read(int fd, ByteBuffer buffer) throws OsException;

    int write(int fd, ByteBuffer buffer) throws OsException;

    int pread(int fd, ByteBuffer buffer, long offset) throws OsException;

    int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException;

    long readv(int fd, ByteBuffer[] buffers) throws OsException;

    long writev(int fd, ByteBuffer[] buffers) throws OsException;

    long lseek(int fd, long position, int how) throws OsException;

    /** A non-inheritable copy. */
    int dup(int fd) throws OsException;

    int dup2(int fd, int fd2, boolean inheritable) throws OsException;

    /** {@code {read end, write end}}, both non-inheritable. */
    int[] pipe() throws OsException;

    /** {@code {read end, write end}} with exactly {@code flags}. */
    int[] pipe2(int flags) throws OsException;

    void fsync(int fd) throws OsException;

    void fdatasync(int fd) throws OsException;

    void ftruncate(int fd, long length) throws OsException;

    boolean getBlocking(int fd) throws OsException;

    void setBlocking(int fd, boolean blocking) throws OsException;

    boolean getInheritable(int fd) throws OsException;

    void setInheritable(int fd, boolean inheritable) throws OsException;

    boolean isatty(int fd);
}
