package org.osprey.subprocess.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.List;

import org.osprey.io.TextStreams;
import org.osprey.os.BrokenPipeOsException;
import org.osprey.subprocess.Communicated;
import org.osprey.subprocess.PipeIn;
import org.osprey.subprocess.PipeOut;
import org.osprey.subprocess.Popen;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.TimeoutExpired;

/**
 * {@link Popen} over a {@link Child}. A Popen dropped while its child runs hands the child to the {@link Reaper}.
 *
 * @param <T> {@code byte[]} in binary mode, {@code String} in text mode
 */
final class PopenImpl<T> implements Popen<T> {
    private static final Cleaner CLEANER = Cleaner.create();

    private final List<String> args;
    private final Child child;
    /** Null in binary mode. */
    private final TextStreams text;
    private final int bufsize;
    private Communication communication;
    private Writer stdinWriter;
    private BufferedReader stdoutReader;
    private BufferedReader stderrReader;

    PopenImpl(List<String> args, Child child, PopenOptions<T> options) {
        this.args = args instanceof ShellCommand ? args : List.copyOf(args);
        this.child = child;
        this.text = options.textStreams();
        this.bufsize = options.bufsize();
        CLEANER.register(this, new Abandon(child));
    }

    /** The Cleaner's action: must not reach the Popen. */
    private record Abandon(Child child) implements Runnable {
        @Override
        public void run() {
            Reaper.abandon(child);
        }
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public long pid() {
        return child.pid();
    }

    @Override
    public Integer returncode() {
        return child.returncode();
    }

    @Override
    public PipeOut stdin() {
        return child.streams().stdin();
    }

    @Override
    public PipeIn stdout() {
        return child.streams().stdout();
    }

    @Override
    public PipeIn stderr() {
        return child.streams().stderr();
    }

    private TextStreams textStreams() {
        return text != null ? text : TextStreams.DEFAULT;
    }

    @Override
    public synchronized Writer stdinWriter() {
        if (stdinWriter == null) {
            Writer w = textStreams().writer(pipe(child.streams().stdin(), "stdin"), "\n");
            stdinWriter = bufsize == 1 ? new LineFlushingWriter(w) : w;
        }
        return stdinWriter;
    }

    @Override
    public synchronized BufferedReader stdoutReader() {
        if (stdoutReader == null) {
            stdoutReader = reader(pipe(child.streams().stdout(), "stdout"));
        }
        return stdoutReader;
    }

    @Override
    public synchronized BufferedReader stderrReader() {
        if (stderrReader == null) {
            stderrReader = reader(pipe(child.streams().stderr(), "stderr"));
        }
        return stderrReader;
    }

    private BufferedReader reader(PipeIn pipe) {
        var r = textStreams().reader(pipe);
        return bufsize == 0 ? new BufferedReader(r, 1) : new BufferedReader(r, bufsize > 1 ? bufsize : 8192);
    }

    private static <P> P pipe(P pipe, String name) {
        if (pipe == null) {
            throw new IllegalStateException(name + " is not a pipe (Popen(" + name + "=PIPE) makes one)");
        }
        return pipe;
    }

    @Override
    public Integer poll() throws IOException {
        return child.poll();
    }

    @Override
    public int waitFor() throws IOException {
        return child.waitFor();
    }

    @Override
    public int waitFor(Duration timeout) throws IOException, TimeoutExpired {
        Integer code = child.waitFor(timeout);
        if (code == null) {
            throw new TimeoutExpired(args, timeout, null, null);
        }
        return code;
    }

    @Override
    public Communicated<T> communicate() throws IOException {
        return communicate(null);
    }

    @Override
    public Communicated<T> communicate(T input) throws IOException {
        try {
            return communicate(input, null);
        } catch (TimeoutExpired e) {
            throw new IllegalStateException("no timeout was given", e);
        }
    }

    @Override
    public Communicated<T> communicate(T input, Duration timeout) throws IOException, TimeoutExpired {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        Communication c = communication(input);
        if (!c.await(deadline)) {
            throw new TimeoutExpired(args, timeout, c.stdout(), c.stderr());
        }
        if (timeout == null) {
            child.waitFor();
        } else if (child.waitFor(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) == null) {
            throw new TimeoutExpired(args, timeout, c.stdout(), c.stderr());
        }
        return new Communicated<>(decode(c.stdout()), decode(c.stderr()));
    }

    /** The first call starts the threads; later ones (after a timeout) wait on the same. */
    private synchronized Communication communication(T input) throws IOException {
        if (communication != null) {
            if (input != null) {
                throw new IllegalArgumentException("Cannot send input after starting communication");
            }
            return communication;
        }
        byte[] bytes = input == null ? null : encode(input);
        communication = new Communication(child.streams().stdin(), bytes, child.streams().stdout(), child.streams().stderr(), child.pid());
        return communication;
    }

    private byte[] encode(T input) throws IOException {
        if (text == null) {
            return (byte[]) input;
        }
        return text.encode((String) input, "\n"); // CPython encodes communicate's input without translating
    }

    @SuppressWarnings("unchecked")
    private T decode(byte[] output) throws IOException {
        return output == null || text == null ? (T) output : (T) text.decode(output);
    }

    @Override
    public void sendSignal(int signal) throws IOException {
        child.sendSignal(signal);
    }

    @Override
    public void terminate() throws IOException {
        child.terminate();
    }

    @Override
    public void kill() throws IOException {
        child.kill();
    }

    @Override
    public void close() throws IOException {
        try {
            closeIfPipe(child.streams().stdout());
            closeIfPipe(child.streams().stderr());
            if (child.streams().stdin() != null) {
                try {
                    child.streams().stdin().close();
                } catch (BrokenPipeOsException e) {
                    // as CPython's __exit__: the child may have exited without reading
                }
            }
        } finally {
            child.waitFor();
        }
    }

    private static void closeIfPipe(PipeIn pipe) throws IOException {
        if (pipe != null) {
            pipe.close();
        }
    }
}
