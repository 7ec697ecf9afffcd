package org.osprey.subprocess.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** {@code line_buffering=True} ({@code bufsize=1} in text mode): a write holding a newline is flushed. */
final class LineFlushingWriter extends FilterWriter {
    LineFlushingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        super.write(buffer, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                flush();
                return;
            }
        }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        write(s.substring(offset, offset + length).toCharArray(), 0, length);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }
}
