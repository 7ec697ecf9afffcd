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
    /**
     * {@code args}: the arguments as given.
     *
     * @return the arguments
     */
    List<String> args();

    /**
     * {@code pid}.
     *
     * @return the child's process id
     */
    long pid();

    /**
     * {@code returncode}: null while the child runs (or was not yet waited for); minus the signal that ended it
     * (on the pure-Java provider, only a signal this process sent: see {@link Subprocess}).
     *
     * @return the return code, or null
     */
    Integer returncode();

    /**
     * {@code stdin}: the pipe's writing end where {@code stdin=PIPE}, else null. Never buffered.
     *
     * @return the pipe, or null
     */
    PipeOut stdin();

    /**
     * {@code stdout}: the pipe's reading end where {@code stdout=PIPE}, else null.
     *
     * @return the pipe, or null
     */
    PipeIn stdout();

    /**
     * {@code stderr}: the pipe's reading end where {@code stderr=PIPE}, else null.
     *
     * @return the pipe, or null
     */
    PipeIn stderr();

    /**
     * {@code stdin} in text mode: a writer encoding as the options say, each write going straight to the pipe
     * ({@code write_through=True}; with {@code bufsize=1}, flushed at each newline as well). One per Popen.
     *
     * @return the writer
     * @throws IllegalStateException where {@code stdin} is not a pipe
     */
    Writer stdinWriter();

    /**
     * {@code stdout} in text mode: decoded with universal newlines. One per Popen.
     *
     * @return the reader
     */
    BufferedReader stdoutReader();

    /**
     * {@code stderr} in text mode.
     *
     * @return the reader
     */
    BufferedReader stderrReader();

    /**
     * {@code poll()}: the {@link #returncode} once the child has ended, else null; never blocks.
     *
     * @return the return code, or null
     * @throws IOException if the child's state cannot be read
     */
    Integer poll() throws IOException;

    /**
     * {@code wait()}: waits for the child to end; its {@link #returncode}. ({@code wait} is taken by Object.)
     *
     * @return the return code
     * @throws IOException if waiting fails
     */
    int waitFor() throws IOException;

    /**
     * {@code wait(timeout)}: {@link TimeoutExpired} if the child outlives {@code timeout} (it keeps running).
     *
     * @param timeout how long to wait at most
     * @return the return code
     * @throws IOException if waiting fails
     * @throws TimeoutExpired if the child is still running then
     */
    int waitFor(Duration timeout) throws IOException, TimeoutExpired;

    /**
     * {@code communicate(input)}: writes {@code input} (if not null) to {@code stdin} and closes it, reads
     * {@code stdout} and {@code stderr} to their ends, then waits for the child. However much the child writes
     * to both, nothing deadlocks: each pipe is served by a thread of its own.
     *
     * @param input what to write to {@code stdin}, or null
     * @return what was read from {@code stdout} and {@code stderr} (null where not pipes)
     * @throws IOException if a pipe fails
     */
    Communicated<T> communicate(T input) throws IOException;

    /**
     * {@code communicate()} with no input.
     *
     * @return what was read from {@code stdout} and {@code stderr} (null where not pipes)
     * @throws IOException if a pipe fails
     */
    Communicated<T> communicate() throws IOException;

    /**
     * {@code communicate(input, timeout)}: as {@link #communicate(Object)}, or {@link TimeoutExpired} with the
     * output so far if the child is not done in time; the child keeps running, and calling again goes on where
     * this stopped, losing nothing.
     *
     * @param input what to write to {@code stdin}, or null
     * @param timeout how long to wait at most
     * @return what was read from {@code stdout} and {@code stderr} (null where not pipes)
     * @throws IOException if a pipe fails
     * @throws TimeoutExpired if the child is not done then
     */
    Communicated<T> communicate(T input, Duration timeout) throws IOException, TimeoutExpired;

    /**
     * {@code send_signal(signal)}: nothing once the child has been reaped.
     *
     * @param signal the signal number
     * @throws IOException if the signal cannot be sent
     */
    void sendSignal(int signal) throws IOException;

    /**
     * {@code terminate()}: {@code SIGTERM}.
     *
     * @throws IOException if the signal cannot be sent
     */
    void terminate() throws IOException;

    /**
     * {@code kill()}: {@code SIGKILL}.
     *
     * @throws IOException if the signal cannot be sent
     */
    void kill() throws IOException;

    /**
     * The end of {@code with Popen(...)}: closes {@code stdout}, {@code stderr} and {@code stdin} (a broken pipe
     * there is ignored, as Python does), then waits for the child.
     */
    @Override
    void close() throws IOException;
}
