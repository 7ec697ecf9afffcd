package org.osprey.posix.dir;

import com.kenai.jffi.MemoryIO;
import org.osprey.os.OsException;
import org.osprey.posix.abi.DirentLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.Natives;

/** The portable way: {@code fdopendir(3)}, then one {@code readdir(3)} per entry. */
final class ReaddirDirStream extends NativeDirStream {
    private final Natives natives;
    private final LibC libc;
    private final MemoryIO memory;
    private final DirentLayout layout;
    private final long dir;

    private ReaddirDirStream(Natives natives, int fd, long dir, long callerOffset, ErrnoTranslator errors,
            String path) {
        super(new Handle(natives.libc(), fd, dir, callerOffset), natives.abi().dirent(), errors, path);
        this.natives = natives;
        this.libc = natives.libc();
        this.memory = natives.memory();
        this.layout = natives.abi().dirent();
        this.dir = dir;
    }

    /** Reads the directory open at {@code fd}, which the stream owns from now on, also on failure. */
    static ReaddirDirStream open(Natives natives, int fd, long callerOffset, ErrnoTranslator errors, String path)
            throws OsException {
        long dir = natives.libc().fdopendir(fd);
        if (dir == 0) {
            OsException e = errors.last(path);
            new NativeDirStream.Handle(natives.libc(), fd, 0, callerOffset).run();
            throw e;
        }
        return new ReaddirDirStream(natives, fd, dir, callerOffset, errors, path);
    }

    @Override
    protected boolean read() throws OsException {
        while (true) {
            natives.clearErrno();
            long entry = libc.readdir(dir);
            if (entry == 0) {
                if (natives.errno() != 0) {
                    throw errors.last(path);
                }
                return false;
            }
            int length = layout.nameLength() >= 0
                    ? memory.getShort(entry + layout.nameLength()) & 0xffff
                    : (int) memory.indexOf(entry + layout.name(), (byte) 0, nameBytes.length);
            memory.getByteArray(entry + layout.name(), nameBytes, 0, length);
            if (entry(memory.getLong(entry + layout.ino()), memory.getByte(entry + layout.type()), length)) {
                return true;
            }
        }
    }
}
