package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopyfileobjOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.SameFileException;
import org.osprey.shutil.SpecialFileException;

/** {@code copyfileobj} and {@code copyfile}: file contents, in the kernel where it can, else through one buffer. */
final class FileCopier {
    /** CPython's smallest chunk for the kernel copies: 8 MiB, or the file's size if larger. */
    /** CPython's {@code shutil.COPY_BUFSIZE} on Windows. */
    private static final int WINDOWS_BUFSIZE = 1024 * 1024;
    private static final long MIN_KERNEL_CHUNK = 1L << 23;
    /** CPython's chunk when the source's size is unknown. */
    private static final long UNKNOWN_SIZE_CHUNK = 1L << 27;

    private final Os os;
    private final StatCopier stats;
    private final PlatformRules platform;
    private final KernelCopy kernelCopy = new KernelCopy();

    FileCopier(Os os, StatCopier stats, PlatformRules platform) {
        this.os = os;
        this.stats = stats;
        this.platform = platform;
    }

    static long copyfileobj(InputStream in, OutputStream out, CopyfileobjOptions options) throws IOException {
        byte[] buffer = new byte[options.bufferSize()];
        FileProgress progress = streamProgress(options);
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                total += n;
                progress.wrote(n);
            }
        } catch (IOException e) {
            throw progress.whatStopped(e);
        }
        return total;
    }

    static long copyfileobj(ReadableByteChannel in, WritableByteChannel out, CopyfileobjOptions options)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(options.bufferSize());
        FileProgress progress = streamProgress(options);
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (n == 0 && buffer.position() == 0) {
                    continue;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                buffer.clear();
                total += n;
                progress.wrote(n);
            }
        } catch (IOException e) {
            throw progress.whatStopped(e);
        }
        return total;
    }

    private static FileProgress streamProgress(CopyfileobjOptions options) {
        return FileProgress.start(options.progress(), null, -1, "copying a stream", null, null);
    }

    String copyfile(String src, String dst, CopyOptions options) throws IOException {
        return copyfile(src, stat(src), dst, stat(dst), options, false);
    }

    /**
     * {@code copy2} following symlinks: {@code copyfile} into {@code dst} (or a directory there), with the
     * {@code copystat} done on the open descriptors before they are closed, which saves four path lookups per
     * file (most of what a tree copy of small files costs). {@code srcStat}, if known, is the source's stat: a
     * tree copy passes its {@code DirEntry}'s, as CPython's copytree hands copy2 the entry.
     */
    String copy2(String src, StatResult srcStat, String dst, CopyOptions options) throws IOException {
        StatResult d = stat(dst);
        String target = dst;
        if (d != null && d.isDir()) {
            target = os.path().join(dst, os.path().basename(src));
            d = stat(target);
        }
        copyfile(src, srcStat != null ? srcStat : stat(src), target, d, options, true);
        return target;
    }

    private StatResult stat(String path) {
        return os.statIfExists(path, At.DEFAULT).orElse(null);
    }

    /** {@code s} and {@code d}, the stats of both ends (null: not there), serve _samefile and the pipe checks. */
    private String copyfile(String src, StatResult s, String dst, StatResult d, CopyOptions options,
            boolean withStat) throws IOException {
        if (s != null && d != null && os.path().samestat(s, d)) {
            throw new SameFileException(PyRepr.repr(src) + " and " + PyRepr.repr(dst) + " are the same file");
        }
        refuseNamedPipe(src, s);
        refuseNamedPipe(dst, d);
        if (!options.followSymlinks() && os.path().islink(src)) {
            os.symlink(os.readlink(src), dst);
            return dst;
        }
        boolean statByDescriptor = withStat && stats.byDescriptor();
        InterruptedIOException stop = null;
        int in = os.open(src, os.O_RDONLY());
        try {
            StatResult st = fstatOrNull(in);
            if (st != null && st.isDir()) {
                // what Python's open(src, 'rb') raises, before dst is touched
                int eisdir = os.errno().EISDIR();
                throw new IsADirectoryOsException(eisdir, os.strerror(eisdir), src, null);
            }
            int out;
            try {
                out = os.open(dst, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0666);
            } catch (IsADirectoryOsException e) {
                if (!os.path().exists(dst)) {
                    // Python 3.13's message-only error: no errno, no filename (bpo-43219)
                    throw (FileNotFoundOsException) new FileNotFoundOsException("Directory does not exist: " + dst)
                            .initCause(e);
                }
                throw e;
            }
            try {
                copyContents(in, out, st, src, dst, options.progress());
                if (statByDescriptor) {
                    stats.copystat(in, st != null ? st : os.fstat(in), out, src, dst);
                }
            } catch (InterruptedIOException e) {
                stop = e;
            } finally {
                os.close(out);
            }
        } finally {
            os.close(in);
        }
        if (stop != null) {
            // truncated by the open already: what was there before is gone either way
            throw Cancellation.removePartial(stop, dst, () -> os.unlink(dst));
        }
        if (withStat && !statByDescriptor) {
            stats.copystat(src, dst, true);
        }
        return dst;
    }

    private void copyContents(int in, int out, StatResult st, String src, String dst, Progress progress)
            throws IOException {
        long size = st == null ? -1 : st.size();
        // CPython's chunk makes one call of a whole file; a listener hears (and may stop) every 8 MiB
        long chunk = progress != Progress.NONE ? MIN_KERNEL_CHUNK
                : size < 0 ? UNKNOWN_SIZE_CHUNK : Math.max(size, MIN_KERNEL_CHUNK);
        FileProgress watch = FileProgress.start(progress, dst, size, "copying", src, dst);
        KernelCopy.Ends ends = new KernelCopy.Ends(in, out, src, dst);
        try {
            if (platform.isDarwin()) {
                // fcopyfile copies the whole file in one call: a listener, who hears (and may stop) every chunk,
                // gets the buffer copy instead
                if (progress == Progress.NONE && kernelCopy.tryFcopyfile(os, ends)) {
                    return;
                }
            } else if (!platform.isWindows() && (kernelCopy.tryCopyFileRange(os, ends, chunk, watch)
                    || kernelCopy.trySendfile(os, ends, chunk, watch))) {
                return;
            }
            // CPython's Windows copyfile reads into a buffer of the file's size, up to its 1 MiB COPY_BUFSIZE there
            byte[] buffer = new byte[platform.isWindows() && size > 0 ? (int) Math.min(size, WINDOWS_BUFSIZE)
                    : CopyfileobjOptions.COPY_BUFSIZE];
            for (int n; (n = os.read(in, buffer)) > 0; ) {
                for (int done = 0; done < n; ) {
                    done += os.write(out, buffer, done, n - done);
                }
                watch.wrote(n);
            }
        } catch (IOException e) {
            throw watch.whatStopped(e);
        }
    }

    private StatResult fstatOrNull(int fd) {
        try {
            return os.fstat(fd);
        } catch (OsException e) {
            return null; // the kernel copy then goes by a fixed chunk size, as CPython's does
        }
    }

    /** Python's {@code shutil._samefile}: an error while looking means "not the same". */
    boolean sameFile(String src, String dst) {
        try {
            return os.path().samefile(src, dst);
        } catch (OsException e) {
            return false;
        }
    }

    private static void refuseNamedPipe(String name, StatResult st) throws SpecialFileException {
        if (st != null && Stat.S_ISFIFO(st.mode())) {
            throw new SpecialFileException("`" + name + "` is a named pipe");
        }
    }
}
