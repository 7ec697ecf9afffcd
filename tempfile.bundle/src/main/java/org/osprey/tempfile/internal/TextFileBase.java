package org.osprey.tempfile.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.osprey.tempfile.TemporaryTextFile;
import org.osprey.io.TextIO;

/** A {@link TemporaryTextFile} over the {@link TextIO} it holds now. */
abstract class TextFileBase implements TemporaryTextFile {
    /** The text file that serves the calls now. */
    abstract TextIO io();

    @Override
    public synchronized String read() throws IOException {
        return io().read(-1);
    }

    @Override
    public synchronized String read(int size) throws IOException {
        return io().read(size);
    }

    @Override
    public synchronized String readline() throws IOException {
        return io().readline(-1);
    }

    @Override
    public synchronized String readline(int size) throws IOException {
        return io().readline(size);
    }

    @Override
    public List<String> readlines() throws IOException {
        return readlines(0);
    }

    @Override
    public synchronized List<String> readlines(int hint) throws IOException {
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            lines.add(line);
            total += line.codePointCount(0, line.length());
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return lines;
    }

    @Override
    public synchronized int write(String s) throws IOException {
        return io().write(s);
    }

    @Override
    public synchronized void writelines(Iterable<String> lines) throws IOException {
        for (String line : lines) {
            io().write(line);
        }
    }

    @Override
    public synchronized long tell() throws IOException {
        return io().tell();
    }

    @Override
    public long seek(long cookie) throws IOException {
        return seek(cookie, SEEK_SET);
    }

    @Override
    public synchronized long seek(long cookie, int whence) throws IOException {
        return io().seek(cookie, whence);
    }

    @Override
    public synchronized long truncate() throws IOException {
        return io().truncate(null);
    }

    @Override
    public synchronized long truncate(long size) throws IOException {
        return io().truncate(size);
    }

    @Override
    public synchronized void flush() throws IOException {
        io().flush();
    }

    @Override
    public synchronized String encoding() {
        return io().encoding();
    }

    @Override
    public synchronized String errors() {
        return io().errors();
    }

    @Override
    public synchronized List<String> newlines() {
        return io().newlines();
    }

    @Override
    public synchronized boolean isOpen() {
        return io().isOpen();
    }

    @Override
    public Reader reader() {
        return new TextReader(this);
    }

    @Override
    public Writer writer() {
        return new TextWriter(this);
    }
}
