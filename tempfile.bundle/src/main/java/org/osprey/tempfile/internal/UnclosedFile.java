package org.osprey.tempfile.internal;

import java.io.IOException;
import java.nio.channels.Channel;

/**
 * What CPython does when a file object that is still open is collected: a {@code ResourceWarning}, then the
 * file is closed. Does nothing once the file was closed. It holds the file, never the object that owns it.
 */
final class UnclosedFile implements Runnable {
    private final String warning;
    private volatile Channel file;

    /** @param warning CPython's text, such as {@code unclosed file <_io.FileIO name=3 mode='rb+' closefd=True>} */
    UnclosedFile(Channel file, String warning) {
        this.file = file;
        this.warning = warning;
    }

    /** The owner's data moved to another file (a {@code SpooledTemporaryFile} rolled over). */
    void moveTo(Channel other) {
        file = other;
    }

    @Override
    public void run() {
        Channel f = file;
        if (f.isOpen()) {
            Finalizers.resourceWarning(warning);
            try {
                f.close();
            } catch (IOException e) {
                Finalizers.exceptionIgnored(warning, e);
            }
        }
    }
}
