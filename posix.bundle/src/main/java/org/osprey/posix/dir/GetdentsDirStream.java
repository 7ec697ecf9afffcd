package org.osprey.posix.dir;

import java.nio.ByteBuffer;

import org.osprey.os.OsException;
import org.osprey.posix.abi.DirentLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.LibC;

/**
 * Linux: reads many entries per system call with {@code getdents64(2)} into a large buffer and parses the
 * records in Java, one native call per buffer instead of one per entry.
 */
final class GetdentsDirStream extends NativeDirStream {
    static final int BUFFER_SIZE = 64 * 1024;

    private final LibC libc;
    private final int fd;
    private NativeBuffer buffer;
    private ByteBuffer bytes;
    private int position;
    private int limit;

    /** Reads the first records at once, so that a descriptor that is no directory fails here. */
    GetdentsDirStream(LibC libc, int fd, long callerOffset, ErrnoTranslator errors, String path)
            throws OsException {
        super(new Handle(libc, fd, 0, callerOffset), DirentLayout.LINUX, errors, path);
        this.libc = libc;
        this.fd = fd;
        this.buffer = Scratch.get().takeDirBuffer(BUFFER_SIZE);
        this.bytes = buffer.bytes();
        try {
            fill();
        } catch (OsException e) {
            close();
            throw e;
        }
    }

    private boolean fill() throws OsException {
        long n = libc.getdents64(fd, buffer.address(), buffer.capacity());
        if (n < 0) {
            throw errors.last(path);
        }
        position = 0;
        limit = (int) n;
        return n > 0;
    }

    @Override
    protected boolean read() throws OsException {
        while (true) {
            if (position >= limit && !fill()) {
                return false;
            }
            int record = position;
            int end = record + (bytes.getShort(record + DirentLayout.LINUX.reclen()) & 0xffff);
            position = end;
            int name = record + DirentLayout.LINUX.name();
            int length = 0;
            for (int i = name; i < end; i++) {
                byte b = bytes.get(i);
                if (b == 0) {
                    break;
                }
                nameBytes[length++] = b;
            }
            if (entry(bytes.getLong(record + DirentLayout.LINUX.ino()), bytes.get(record + DirentLayout.LINUX.type()),
                    length)) {
                return true;
            }
        }
    }

    /** The buffer becomes the closing thread's spare: nothing reads into it any more. */
    @Override
    protected void released() {
        Scratch.get().returnDirBuffer(buffer);
        buffer = null;
        bytes = null;
    }
}
