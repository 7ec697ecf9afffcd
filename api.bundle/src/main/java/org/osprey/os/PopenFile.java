package org.osprey.os;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

import org.osprey.io.TextStreams;

/**
 * What Python 3's {@code os.popen(cmd, mode)} returns: the text stream of a shell command's standard output
 * ({@code 'r'}) or input ({@code 'w'}), in the locale's encoding with universal newlines, whose closing waits for
 * the command and tells how it ended ({@link #exitStatus()}, Python's return value of {@code close()}).
 */
public final class PopenFile implements AutoCloseable {
    private final ChildPipes pipes;
    private final BufferedReader reader;
    private final Writer writer;

    /**
     * Made by {@link Os#popen}.
     *
     * @param pipes the running command
     */
    public PopenFile(ChildPipes pipes) {
        this.pipes = pipes;
        TextStreams text = TextStreams.DEFAULT;
        this.reader = pipes.childStdout() == null ? null
                : new BufferedReader(text.reader(pipes.childStdout().inputStream()));
        this.writer = pipes.childStdin() == null ? null : text.writer(pipes.childStdin().outputStream(), "\n");
    }

    /**
     * The command's output, for mode {@code 'r'}.
     *
     * @return the output reader
     * @throws IllegalStateException for mode {@code 'w'} (Python's {@code io.UnsupportedOperation: not readable})
     */
    public BufferedReader reader() {
        if (reader == null) {
            throw new IllegalStateException("not readable: os.popen(cmd, 'w') writes to the command");
        }
        return reader;
    }

    /**
     * {@code read()}: all the command writes, to its end.
     *
     * @return the output
     * @throws IOException if reading the pipe fails
     */
    public String read() throws IOException {
        StringWriter all = new StringWriter();
        reader().transferTo(all);
        return all.toString();
    }

    /**
     * The command's input, for mode {@code 'w'}; each write goes straight to the pipe.
     *
     * @return the input writer
     * @throws IllegalStateException for mode {@code 'r'}
     */
    public Writer writer() {
        if (writer == null) {
            throw new IllegalStateException("not writable: os.popen(cmd, 'r') reads from the command");
        }
        return writer;
    }

    /**
     * The command's pid.
     *
     * @return the pid
     */
    public long pid() {
        return pipes.pid();
    }

    /** Closes the stream and waits for the command (Python's {@code close()}; its result: {@link #exitStatus()}). */
    @Override
    public void close() throws IOException {
        pipes.close();
    }

    /**
     * See {@link ChildPipes#exitStatus()}: null where the command exited with 0.
     *
     * @return the status as {@code close()} reports it, or null
     */
    public Integer exitStatus() {
        return pipes.exitStatus();
    }
}
