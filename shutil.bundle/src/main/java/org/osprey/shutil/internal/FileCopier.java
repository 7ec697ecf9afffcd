package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

import org.osprey.os.PyRepr;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.Stat;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopyfileobjOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.SameFileException;
import org.osprey.shutil.SpecialFileException;

/** {@code copyfileobj} and {@code copyfile}: file contents, in the kernel where it can, else through one buffer. */
final class FileCopier {
    /** CPython's smallest chunk for the kernel copies: 8 MiB, or the file's size if larger. */
    private static final long MIN_KERNEL_CHUNK = 1L << 23;
    /** CPython's chunk when the source's size is unknown. */
    private static final long UNKNOWN_SIZE_CHUNK = 1L << 27;

    private final Os os;
    private final KernelCopy kernelCopy = new KernelCopy();

    FileCopier(Os os) {
        this.os = os;
    }

    static long copyfileobj(InputStream in, OutputStream out, CopyfileobjOptions options) throws IOException {
        byte[] buffer = new byte[options.bufferSize()];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            total += n;
            options.progress().bytes(n);
        }
        return total;
    }

    static long copyfileobj(ReadableByteChannel in, WritableByteChannel out, CopyfileobjOptions options)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(options.bufferSize());
        long total = 0;
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
            options.progress().bytes(n);
        }
        return total;
    }

    String copyfile(String src, String dst, CopyOptions options) throws IOException {
        if (sameFile(src, dst)) {
            throw new SameFileException(PyRepr.repr(src) + " and " + PyRepr.repr(dst) + " are the same file");
        }
        for (String name : new String[] {src, dst}) {
            StatResult st = statOrNull(name);
            if (st != null && Stat.S_ISFIFO(st.mode())) {
                throw new SpecialFileException("`" + name + "` is a named pipe");
            }
        }
        if (!options.followSymlinks() && os.path().islink(src)) {
            os.symlink(os.readlink(src), dst);
            return dst;
        }
        int in = os.open(src, os.O_RDONLY());
        try {
            int out;
            try {
                out = os.open(dst, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0666);
            } catch (IsADirectoryOsException e) {
                if (!os.path().exists(dst)) {
                    FileNotFoundOsException missing = new FileNotFoundOsException(e.errno(),
                            "Directory does not exist", dst, null);
                    missing.initCause(e);
                    throw missing;
                }
                throw e;
            }
            try {
                copyContents(in, out, src, dst, options.progress());
            } finally {
                os.close(out);
            }
        } finally {
            os.close(in);
        }
        return dst;
    }

    private void copyContents(int in, int out, String src, String dst, Progress progress) throws IOException {
        long chunk = kernelChunk(in);
        KernelCopy.Ends ends = new KernelCopy.Ends(in, out, src, dst);
        if (kernelCopy.tryCopyFileRange(os, ends, chunk, progress) || kernelCopy.trySendfile(os, ends, chunk, progress)) {
            return;
        }
        byte[] buffer = new byte[CopyfileobjOptions.COPY_BUFSIZE];
        for (int n; (n = os.read(in, buffer)) > 0; ) {
            for (int done = 0; done < n; ) {
                done += os.write(out, buffer, done, n - done);
            }
            progress.bytes(n);
        }
    }

    private long kernelChunk(int fd) {
        try {
            return Math.max(os.fstat(fd).size(), MIN_KERNEL_CHUNK);
        } catch (OsException e) {
            return UNKNOWN_SIZE_CHUNK;
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

    private StatResult statOrNull(String path) {
        try {
            return os.stat(path);
        } catch (OsException e) {
            return null;
        }
    }
}
