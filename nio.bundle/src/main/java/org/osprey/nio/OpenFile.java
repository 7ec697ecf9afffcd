package org.osprey.nio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * An open file description: what {@code dup} shares between descriptors, the channel with its position and
 * access mode. The channel closes when the last descriptor for it does. {@code path} and {@code key} are where it
 * was opened and the file's identity then, for {@code fstat} to check that the path still names it.
 */
final class OpenFile {
    final FileChannel channel;
    final boolean readable;
    final boolean writable;
    /** {@code O_APPEND} on a descriptor also open for reading, which {@code FileChannel} refuses: moved here. */
    final boolean appendByHand;
    final Path path;
    final Object key;
    private int references = 1;

    OpenFile(FileChannel channel, boolean readable, boolean writable, boolean appendByHand, Path path, Object key) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.appendByHand = appendByHand;
        this.path = path;
        this.key = key;
    }

    synchronized OpenFile retain() {
        references++;
        return this;
    }

    /** Drops one descriptor; the last one closes the channel. */
    void release() throws IOException {
        boolean last;
        synchronized (this) {
            last = --references == 0;
        }
        if (last) {
            channel.close();
        }
    }
}
