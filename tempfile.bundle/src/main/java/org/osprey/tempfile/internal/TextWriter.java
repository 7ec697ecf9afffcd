package org.osprey.tempfile.internal;

import java.io.IOException;
import java.io.Writer;

import org.osprey.tempfile.TemporaryTextFile;

/**
 * {@link TemporaryTextFile#writer()}: writes chars as text, holding back a high surrogate at the end of a write
 * until the next one (or {@link #flush()}) says whether a low one follows.
 */
final class TextWriter extends Writer {
    private final TemporaryTextFile file;
    private char high; // a high surrogate held back, or 0

    TextWriter(TemporaryTextFile file) {
        super(file);
        this.file = file;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        synchronized (lock) {
            if (length == 0) {
                return;
            }
            StringBuilder text = new StringBuilder(length + 1);
            if (high != 0) {
                text.append(high);
                high = 0;
            }
            text.append(buffer, offset, length);
            char last = text.charAt(text.length() - 1);
            if (Character.isHighSurrogate(last)) {
                high = last;
                text.setLength(text.length() - 1);
            }
            if (text.length() > 0) {
                file.write(text.toString());
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (high != 0) {
                file.write(String.valueOf(high)); // nothing followed: a lone surrogate, for the error handler
                high = 0;
            }
            file.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            try {
                if (file.isOpen()) {
                    flush();
                }
            } finally {
                file.close();
            }
        }
    }
}
