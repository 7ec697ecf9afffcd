package org.osprey.nio;

import static org.osprey.nio.NioPaths.noDirFd;
import static org.osprey.nio.NioPlatform.ERRORS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.support.DescriptorTable;

/**
 * Descriptors numbered by the provider ({@link DescriptorTable}), each an {@link OpenFile} over a
 * {@link FileChannel}: read, write, seek and truncate are the channel's, with its one position shared by
 * {@code dup}s as POSIX shares an open file description. The flags are Linux's numbers on every platform (the
 * provider alone reads them); those with no {@code java.nio} equivalent are refused.
 */
final class NioDescriptors implements Descriptors {
    private static final int O_ACCMODE = 3;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;
    private static final int O_DSYNC = 010000;
    private static final int O_SYNC = 04010000;
    private static final int O_NOFOLLOW = 0400000;
    private static final int O_CLOEXEC = 02000000;
    private static final int KNOWN = O_ACCMODE | O_CREAT | O_EXCL | O_TRUNC | O_APPEND | O_SYNC | O_NOFOLLOW
            | O_CLOEXEC;
    private static final Map<String, Integer> CONSTANTS = Map.ofEntries(Map.entry("O_RDONLY", 0),
            Map.entry("O_WRONLY", 1), Map.entry("O_RDWR", 2), Map.entry("O_ACCMODE", O_ACCMODE),
            Map.entry("O_CREAT", O_CREAT), Map.entry("O_EXCL", O_EXCL), Map.entry("O_TRUNC", O_TRUNC),
            Map.entry("O_APPEND", O_APPEND), Map.entry("O_DSYNC", O_DSYNC), Map.entry("O_SYNC", O_SYNC),
            Map.entry("O_NOFOLLOW", O_NOFOLLOW), Map.entry("O_CLOEXEC", O_CLOEXEC), Map.entry("SEEK_SET", 0),
            Map.entry("SEEK_CUR", 1), Map.entry("SEEK_END", 2));

    /**
     * Where this provider's numbers start: far above any number the kernel hands out (Linux's default limit is
     * 2**20), so that a number of one provider, closed through an Os bound to the other after a swap, never
     * names an unrelated real file.
     */
    static final int FIRST_DESCRIPTOR = 1 << 30;

    private final DescriptorTable<OpenFile> table = new DescriptorTable<>(FIRST_DESCRIPTOR, ERRORS);

    @Override
    public Map<String, Integer> fdConstants() {
        return CONSTANTS;
    }

    @Override
    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        noDirFd("open", dirFd);
        if ((flags & ~KNOWN) != 0) {
            throw Unsupported.of("open", "java.nio has no equivalent of the flags 0" + Integer.toOctalString(
                    flags & ~KNOWN));
        }
        int access = flags & O_ACCMODE;
        if (access == O_ACCMODE) {
            throw ERRORS.error("EINVAL", path);
        }
        boolean readable = access != 1;
        boolean writable = access != 0;
        boolean append = (flags & O_APPEND) != 0 && writable;
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if (append && !readable) {
            options.add(StandardOpenOption.APPEND);
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            options.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            options.add(StandardOpenOption.DSYNC);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
        }
        Path p = NioPaths.of("open", path);
        if (path.length() > 1 && path.endsWith("/")) {
            requireDirectory(p, path, (flags & O_CREAT) != 0);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(p, options, NioFiles.permissions(mode));
        } catch (IOException e) {
            throw ERRORS.translate(e, path, null);
        }
        Object key;
        try {
            key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            key = null; // gone already: fstat will say it cannot tell
        }
        return add(new OpenFile(channel, readable, writable, append && readable, p.toAbsolutePath(), key));
    }

    /**
     * java.nio drops a trailing slash, which asks the kernel for a directory: open(2)'s answers then, {@code EISDIR}
     * for any name to create in an existing directory, {@code ENOTDIR} for an existing file of another kind.
     */
    private static void requireDirectory(Path p, String path, boolean create) throws OsException {
        if (create) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                throw ERRORS.error("EISDIR", path);
            }
            return; // the open itself says what is wrong
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // as above
        }
        if (!attrs.isDirectory()) {
            throw ERRORS.error("ENOTDIR", path);
        }
    }

    /** The open file description behind {@code fd}, for the facets that work on its channel. */
    OpenFile file(int fd) throws OsException {
        return table.get(fd);
    }

    private int add(OpenFile file) {
        return table.add(file);
    }

    @Override
    public StatResult fstat(int fd) throws OsException {
        OpenFile file = table.get(fd);
        try {
            BasicFileAttributes now = Files.readAttributes(file.path, BasicFileAttributes.class);
            if (file.key != null && file.key.equals(now.fileKey())) {
                StatResult s = NioStat.stat(file.path, true);
                return new StatResult(s.mode(), s.ino(), s.dev(), s.nlink(), s.uid(), s.gid(),
                        now.isRegularFile() ? file.channel.size() : s.size(), s.atimeNs(), s.mtimeNs(),
                        s.ctimeNs(), s.blocks(), s.blksize(), s.rdev(), s.flags(), s.birthtimeNs());
            }
        } catch (IOException e) {
            // renamed or removed since it was opened: below
        }
        throw Unsupported.of("fstat", "the JDK cannot stat an open file, and the path fd " + fd
                + " was opened by no longer names it");
    }

    @Override
    public void close(int fd) throws OsException {
        try {
            table.remove(fd).release();
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public void closerange(int low, int high) {
        for (int fd : table.openBetween(low, high)) {
            try {
                close(fd);
            } catch (OsException e) {
                // closerange ignores errors, as in C; another thread may have closed it meanwhile
            }
        }
    }

    private OpenFile readable(int fd) throws OsException {
        OpenFile file = table.get(fd);
        if (!file.readable) {
            throw ERRORS.error("EBADF", null);
        }
        return file;
    }

    private OpenFile writable(int fd) throws OsException {
        OpenFile file = table.get(fd);
        if (!file.writable) {
            throw ERRORS.error("EBADF", null);
        }
        return file;
    }

    private static int count(int n) {
        return Math.max(n, 0);
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        try {
            return count(readable(fd).channel.read(buffer));
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public int write(int fd, ByteBuffer buffer) throws OsException {
        OpenFile file = writable(fd);
        try {
            if (!file.appendByHand) {
                return file.channel.write(buffer);
            }
            synchronized (file) {
                file.channel.position(file.channel.size());
                return file.channel.write(buffer);
            }
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    private static void checkOffset(long offset) throws OsException {
        if (offset < 0) {
            throw ERRORS.error("EINVAL", null);
        }
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        OpenFile file = readable(fd);
        checkOffset(offset);
        try {
            return count(file.channel.read(buffer, offset));
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException {
        OpenFile file = writable(fd);
        checkOffset(offset);
        try {
            return file.channel.write(buffer, offset);
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public long readv(int fd, ByteBuffer[] buffers) throws OsException {
        try {
            return Math.max(readable(fd).channel.read(buffers), 0);
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public long writev(int fd, ByteBuffer[] buffers) throws OsException {
        OpenFile file = writable(fd);
        try {
            synchronized (file) {
                if (file.appendByHand) {
                    file.channel.position(file.channel.size());
                }
                return file.channel.write(buffers);
            }
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public long lseek(int fd, long position, int how) throws OsException {
        OpenFile file = table.get(fd);
        try {
            synchronized (file) {
                long base = switch (how) {
                    case 0 -> 0;
                    case 1 -> file.channel.position();
                    case 2 -> file.channel.size();
                    default -> throw ERRORS.error("EINVAL", null);
                };
                long target = base + position;
                if (target < 0) {
                    throw ERRORS.error("EINVAL", null);
                }
                file.channel.position(target);
                return target;
            }
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public int dup(int fd) throws OsException {
        return add(table.get(fd).retain());
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        OpenFile file = table.get(fd);
        if (inheritable) {
            throw Unsupported.of("dup2 with inheritable=True", NO_INHERITANCE);
        }
        if (fd2 < 0) {
            throw ERRORS.error("EBADF", null);
        }
        if (fd == fd2) {
            return fd2;
        }
        var replaced = table.put(fd2, file.retain());
        if (replaced.isPresent()) {
            try {
                replaced.get().release();
            } catch (IOException e) {
                // dup2 closes what was there silently, as in C
            }
        }
        return fd2;
    }

    private static final String NO_INHERITANCE = "children started by the JDK inherit no descriptor but the"
            + " standard streams";

    @Override
    public int[] pipe() {
        throw Unsupported.of("pipe", "a java.nio pipe is a pair of in-JVM channels that no child can inherit");
    }

    @Override
    public int[] pipe2(int flags) {
        throw Unsupported.of("pipe2", "a java.nio pipe is a pair of in-JVM channels that no child can inherit");
    }

    @Override
    public void fsync(int fd) throws OsException {
        force(fd, true);
    }

    @Override
    public void fdatasync(int fd) throws OsException {
        force(fd, false);
    }

    private void force(int fd, boolean metadata) throws OsException {
        try {
            table.get(fd).channel.force(metadata);
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public void ftruncate(int fd, long length) throws OsException {
        OpenFile file = table.get(fd);
        if (!file.writable || length < 0) {
            throw ERRORS.error("EINVAL", null);
        }
        try {
            synchronized (file) {
                long position = file.channel.position();
                Channels.truncate(file.channel, length);
                file.channel.position(position); // FileChannel.truncate pulls the position back; ftruncate does not
            }
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    @Override
    public boolean getBlocking(int fd) throws OsException {
        table.get(fd);
        return true;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        table.get(fd);
        if (!blocking) {
            throw Unsupported.of("set_blocking", "a FileChannel always blocks");
        }
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        table.get(fd);
        return false;
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        table.get(fd);
        if (inheritable) {
            throw Unsupported.of("set_inheritable", NO_INHERITANCE);
        }
    }

    @Override
    public boolean isatty(int fd) {
        return false; // the table holds files only
    }
}
