package org.osprey.subprocess;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.osprey.os.Os;
import org.osprey.os.OsException;

import org.osprey.subprocess.internal.SubprocessImpl;

/**
 * Python's {@code subprocess} module over the {@link Os} API. Where the provider starts programs natively
 * ({@link Os#posixSpawn}), every option is a native one: the child's descriptors are set up by
 * {@code posix_spawn} file actions, so a pipeline joins the processes directly and no Java thread copies bytes
 * between them. Where it cannot (the pure-Java provider), children are started with {@link ProcessBuilder}, which
 * does what it honestly can and refuses the rest with an {@link UnsupportedOperationException} naming the option.
 * There a child ended by signal {@code n} has the JDK's exit code {@code 128+n}, not Python's {@code -n}, unless
 * this process sent {@code n} itself ({@link Popen#terminate()}, {@link Popen#kill()}, {@link Popen#sendSignal}).
 *
 * <p>{@code args} in a list form are the child's argv; a single string is, as in Python, a shell command with
 * {@code shell=True} and otherwise the name of a program run with no arguments. A program that cannot be
 * started is its {@link OsException} in this process, with the errno and the program's name as its file name (or
 * the {@code cwd}, where that is what failed), as CPython raises it. An {@link IOException} is an
 * {@link OsException} for an error of the OS, or a {@link java.nio.charset.CharacterCodingException} for output
 * that text mode cannot decode (Python's {@code UnicodeDecodeError}).
 */
public interface Subprocess {
    /**
     * {@code subprocess} over {@link Os#get()}.
     *
     * @return the {@code subprocess} module
     */
    static Subprocess get() {
        return of(Os.get());
    }

    /**
     * {@return {@code subprocess} over the given {@code os}}
     *
     * @param os the {@code os} that starts and waits for children
     */
    static Subprocess of(Os os) {
        return new SubprocessImpl(os);
    }

    /**
     * {@code Popen(args, **options)}.
     *
     * @param <T> {@code byte[]} or {@code String}, binary or text mode
     * @param args the program and its arguments
     * @param options the {@code Popen} arguments
     * @return the running child
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    <T> Popen<T> popen(List<String> args, PopenOptions<T> options) throws IOException;

    /**
     * {@code Popen("command", **options)}: a shell command with {@code shell=True}, else a program's name.
     *
     * @param <T> {@code byte[]} or {@code String}, binary or text mode
     * @param args a shell command, or a program's name
     * @param options the {@code Popen} arguments
     * @return the running child
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    <T> Popen<T> popen(String args, PopenOptions<T> options) throws IOException;

    /**
     * {@code Popen(args)}: every stream inherited, binary mode.
     *
     * @param args the program and its arguments
     * @return the running child
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    Popen<byte[]> popen(List<String> args) throws IOException;

    /**
     * {@code run(args, **options)}: starts the child, communicates, waits; with a timeout, a child that outlives it
     * is killed and reaped before {@link TimeoutExpired} (which keeps the output so far) is raised.
     *
     * @param <T> {@code byte[]} or {@code String}, binary or text mode
     * @param args the program and its arguments
     * @param options the {@code run} and {@code Popen} arguments
     * @return the arguments, return code and captured output
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if {@code check} is set and the return code is not 0
     * @throws TimeoutExpired if the child outlives the timeout
     */
    <T> CompletedProcess<T> run(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    /**
     * {@return the arguments, return code and captured output} Mirrors {@code subprocess.run("command", **options)}: a
     * shell command with {@code shell=True}, else a program's name.
     *
     * @param <T> {@code byte[]} or {@code String}, binary or text mode
     * @param args a shell command, or a program's name
     * @param options the {@code run} and {@code Popen} arguments
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if {@code check} is set and the return code is not 0
     * @throws TimeoutExpired if the child outlives the timeout
     */
    <T> CompletedProcess<T> run(String args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    /**
     * {@code run(args)}.
     *
     * @param args the program and its arguments
     * @return the arguments and return code
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    CompletedProcess<byte[]> run(List<String> args) throws IOException;

    /**
     * {@code call(args, **options)}: the return code.
     *
     * @param args the program and its arguments
     * @param options the {@code Popen} arguments
     * @return the return code
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    int call(List<String> args, PopenOptions<?> options) throws IOException;

    /**
     * {@return the return code} Mirrors {@code subprocess.call(args)}: runs the child and waits.
     *
     * @param args the program and its arguments
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    int call(List<String> args) throws IOException;

    /**
     * {@code call(args, timeout=..., **options)}: the child is killed if it outlives {@code timeout} (null: Python's
     * {@code None}, no limit).
     *
     * @param args the program and its arguments
     * @param options the {@code Popen} arguments
     * @param timeout how long to wait at most
     * @return the return code
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws TimeoutExpired if the child outlives the timeout
     */
    int call(List<String> args, PopenOptions<?> options, Duration timeout) throws IOException, TimeoutExpired;

    /**
     * {@code check_call(args, **options)}: {@link CalledProcessError} unless the return code is 0.
     *
     * @param args the program and its arguments
     * @param options the {@code Popen} arguments
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if the return code is not 0
     */
    void checkCall(List<String> args, PopenOptions<?> options) throws IOException, CalledProcessError;

    /**
     * Runs the child and waits. Mirrors {@code subprocess.check_call(args)}.
     *
     * @param args the program and its arguments
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if the return code is not 0
     */
    void checkCall(List<String> args) throws IOException, CalledProcessError;

    /**
     * {@code check_output(args, **options)}: what the child wrote to {@code stdout}.
     *
     * @param <T> {@code byte[]} or {@code String}, binary or text mode
     * @param args the program and its arguments
     * @param options the {@code run} and {@code Popen} arguments
     * @return the child's output
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if the return code is not 0
     * @throws TimeoutExpired if the child outlives the timeout
     */
    <T> T checkOutput(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    /**
     * {@return what the child wrote to {@code stdout}} Mirrors {@code subprocess.check_output(args)}.
     *
     * @param args the program and its arguments
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     * @throws CalledProcessError if the return code is not 0
     */
    byte[] checkOutput(List<String> args) throws IOException, CalledProcessError;

    /**
     * {@code getoutput(cmd)}: what the shell command writes to {@code stdout} and {@code stderr}, as text, without
     * one trailing newline.
     *
     * @param cmd the shell command
     * @return the output
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    String getoutput(String cmd) throws IOException;

    /**
     * {@code getstatusoutput(cmd)}: the exit code and {@link #getoutput}'s text.
     *
     * @param cmd the shell command
     * @return the exit code and output
     * @throws IOException if the child cannot be started or a pipe fails ({@link org.osprey.os.OsException})
     */
    StatusOutput getstatusoutput(String cmd) throws IOException;

    /**
     * {@code list2cmdline(seq)}: the arguments as one command line quoted by the rules of the Microsoft C runtime
     * (what {@code Popen} does with a list on Windows).
     *
     * @param seq the arguments
     * @return the command line
     */
    String list2cmdline(List<String> seq);

    /** {@code getstatusoutput}'s pair {@code (exitcode, output)}. */
    record StatusOutput(int exitcode, String output) {
    }
}
