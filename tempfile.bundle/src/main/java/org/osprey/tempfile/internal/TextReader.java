package org.osprey.tempfile.internal;

import java.io.IOException;
import java.io.Reader;

import org.osprey.tempfile.TemporaryTextFile;

/** {@link TemporaryTextFile#reader()}: reads code points and hands them out as chars. */
final class TextReader extends Reader {
    private final TemporaryTextFile file;
    private char carried; // the second half of a surrogate pair that did not fit, or 0

    TextReader(TemporaryTextFile file) {
        super(file);
        this.file = file;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        synchronized (lock) {
            if (length == 0) {
                return 0;
            }
            if (carried != 0) {
                buffer[offset] = carried;
                carried = 0;
                return 1;
            }
            String text = file.read(Math.max(1, length / 2)); // n code points fit in 2n chars
            if (text.isEmpty()) {
                return -1;
            }
            if (text.length() > length) {
                carried = text.charAt(1);
                text = text.substring(0, 1);
            }
            text.getChars(0, text.length(), buffer, offset);
            return text.length();
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
