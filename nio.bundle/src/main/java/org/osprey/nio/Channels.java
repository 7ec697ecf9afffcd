package org.osprey.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** What {@link FileChannel} does differently from the POSIX call it stands for. */
final class Channels {
    private Channels() {
    }

    /**
     * {@code ftruncate(2)}: {@link FileChannel#truncate} only shrinks, so a longer length is reached by writing
     * the last byte, a zero, which reads the same as the hole ftruncate leaves. The position does not move.
     */
    static void truncate(FileChannel channel, long length) throws IOException {
        if (length < channel.size()) {
            channel.truncate(length);
        } else if (length > channel.size()) {
            channel.write(ByteBuffer.allocate(1), length - 1);
        }
    }
}
