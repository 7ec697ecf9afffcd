package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.shutil.Progress;
import org.osprey.shutil.ShutilException;
import org.osprey.shutil.internal.Cancellation;
import org.osprey.shutil.internal.FileProgress;
import org.osprey.shutil.internal.archive.Destination.Parent;

/** Writing one member's contents: a new file (never an existing one), filled through a bounded buffer. */
final class Extracted {
    private static final int BUFFER = 64 * 1024;

    private Extracted() {
    }

    /**
     * Creates the leaf of {@code parent} afresh (anything but a directory there is removed first, so no link is
     * written through), copies {@code data} into it and returns the open descriptor, which the caller closes.
     */
    static int newFile(Os os, Parent parent, String member, long size, InputStream data, Progress progress)
            throws IOException {
        parent.clearLeaf();
        int fd = os.open(parent.leaf(), os.O_WRONLY() | os.O_CREAT() | os.O_EXCL() | os.O_NOFOLLOW(), 0666,
                parent.at());
        FileProgress watch = FileProgress.start(progress, member, size, "extracting", member, null);
        try {
            try (FdChannel channel = os.fdopen(fd, false)) { // closefd=False: the descriptor stays the caller's
                OutputStream out = channel.outputStream();
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = data.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    watch.wrote(n);
                }
            }
            return fd;
        } catch (IOException | RuntimeException e) {
            os.close(fd);
            if (e instanceof IOException io && watch.whatStopped(io) instanceof InterruptedIOException stop) {
                throw Cancellation.removePartial(stop, member, () -> os.unlink(parent.leaf(), parent.at()));
            }
            throw e;
        }
    }

    /** Whether an exception is the archive library's complaint about the data rather than an OS error of ours. */
    static boolean isFormatError(IOException e) {
        return !(e instanceof OsException) && !(e instanceof ShutilException) && !(e instanceof InterruptedIOException);
    }
}
