package org.osprey.subprocess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;



/**
 * {@code subprocess.Popen}: a started child process. {@link #close()} is Python's {@code with Popen(...) as p:}
 * exit: it closes the pipes and waits for the child. A child never waited for is reaped later (when another
 * child starts, as CPython's {@code _cleanup} does), so no zombie stays. Safe for use from several threads, as
 * CPython's is: waits and signals are serialised, so a signal never goes to a pid already reaped.
 *
 * @param <T> {@code byte[]} or {@code String}: what {@link #communicate} reads and takes
 */
public interface Popen<T> extends AutoCloseable {
    /** {@code args}: the arguments as given. */
    List<String> args();

    /** {@code pid}. */
    long pid();

    /**
     * {@code returncode}: null while the child runs (or was not yet waited for); minus the signal that ended it
     * (on the pure-Java provider, only a signal this process sent: see {@link Subprocess}).
     */
    Integer returncode();

    /** {@code stdin}: the pipe's writing end where {@code stdin=PIPE}, else null. Never buffered. */
    PipeOut stdin();

    /** {@code stdout}: the pipe's reading end where {@code stdout=PIPE}, else null. */
    PipeIn stdout();

    /** {@code stderr}: the pipe's reading end where {@code stderr=PIPE}, else null. */
    PipeIn stderr();

    /**
     * {@code stdin} in text mode: a writer encoding as the options say, each write going straight to the pipe
     * ({@code write_through=True}; with {@code bufsize=1}, flushed at each newline as well). One per Popen.
     *
     * @throws IllegalStateException where {@code stdin} is not a pipe
     */
    Writer stdinWriter();

    /** {@code stdout} in text mode: decoded with universal newlines. One per Popen. */
    BufferedReader stdoutReader();

    /** {@code stderr} in text mode. */
    BufferedReader stderrReader();

    /** {@code poll()}: the {@link #returncode} once the child has ended, else null; never blocks. */
    Integer poll() throws IOException;

    /** {@code wait()}: waits for the child to end; its {@link #returncode}. ({@code wait} is taken by Object.) */
    int waitFor() throws IOException;

    /** {@code wait(timeout)}: {@link TimeoutExpired} if the child outlives {@code timeout} (it keeps running). */
    int waitFor(Duration timeout) throws IOException, TimeoutExpired;

    /**
     * {@code communicate(input)}: writes {@code input} (if not null) to {@code stdin} and closes it, reads
     * {@code stdout} and {@code stderr} to their ends, then waits for the child. However much the child writes
     * to both, nothing deadlocks: each pipe is served by a thread of its own.
     */
    Communicated<T> communicate(T input) throws IOException;

    /** {@code communicate()} with no input. */
    Communicated<T> communicate() throws IOException;

    /**
     * {@code communicate(input, timeout)}: as {@link #communicate(Object)}, or {@link TimeoutExpired} with the
     * output so far if the child is not done in time; the child keeps running, and calling again goes on where
     * this stopped, losing nothing.
     */
    Communicated<T> communicate(T input, Duration timeout) throws IOException, TimeoutExpired;

    /** {@code send_signal(signal)}: nothing once the child has been reaped. */
    void sendSignal(int signal) throws IOException;

    /** {@code terminate()}: {@code SIGTERM}. */
    void terminate() throws IOException;

    /** {@code kill()}: {@code SIGKILL}. */
    void kill() throws IOException;

    /**
     * The end of {@code with Popen(...)}: closes {@code stdout}, {@code stderr} and {@code stdin} (a broken pipe
     * there is ignored, as Python does), then waits for the child.
     */
    @Override
    void close() throws IOException;
}
