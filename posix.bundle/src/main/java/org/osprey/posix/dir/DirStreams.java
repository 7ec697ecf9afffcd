package org.osprey.posix.dir;

import org.osprey.os.OsException;
import org.osprey.os.spi.DirStream;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;

/** Opens directories for reading, with {@code getdents64} where the platform has it, else {@code readdir}. */
public final class DirStreams {
    private final Natives natives;
    private final LibC libc;
    private final Abi abi;
    private final ErrnoTranslator errors;
    private final boolean getdents64;

    public DirStreams(Natives natives, ErrnoTranslator errors) {
        this(natives, errors, natives.hasGetdents64());
    }

    /** With {@code getdents64} false, reads through {@code readdir} even where the faster way exists. */
    DirStreams(Natives natives, ErrnoTranslator errors, boolean getdents64) {
        this.natives = natives;
        this.libc = natives.libc();
        this.abi = natives.abi();
        this.errors = errors;
        this.getdents64 = getdents64;
    }

    public DirStream open(String path) throws OsException {
        int fd = libc.openat(abi.atFdcwd(), PathCodec.encode(path, Scratch.get().path()),
                Abi.O_RDONLY | abi.oDirectory() | abi.oCloexec());
        if (fd < 0) {
            throw errors.last(path);
        }
        return read(fd, NativeDirStream.Handle.NO_OFFSET, path);
    }

    /**
     * Reads the directory open at {@code fd} from its start, as Python's {@code scandir(fd)} does, through a
     * duplicate: the caller's descriptor stays open, and its offset is put back when the stream closes.
     */
    public DirStream open(int fd) throws OsException {
        int dup = libc.fcntl(fd, abi.fDupfdCloexec(), 0);
        if (dup < 0) {
            throw errors.last(null);
        }
        long offset = libc.lseek(dup, 0, Abi.SEEK_CUR);
        if (offset < 0 || libc.lseek(dup, 0, Abi.SEEK_SET) < 0) {
            OsException e = errors.last(null);
            libc.close(dup);
            throw e;
        }
        return read(dup, offset, null);
    }

    private DirStream read(int fd, long callerOffset, String path) throws OsException {
        if (getdents64) {
            return new GetdentsDirStream(libc, fd, callerOffset, errors, path);
        }
        return ReaddirDirStream.open(natives, fd, callerOffset, errors, path);
    }
}
