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
    /** {@code subprocess} over {@link Os#get()}. */
    static Subprocess get() {
        return of(Os.get());
    }

    static Subprocess of(Os os) {
        return new SubprocessImpl(os);
    }

    /** {@code Popen(args, **options)}. */
    <T> Popen<T> popen(List<String> args, PopenOptions<T> options) throws IOException;

    /** {@code Popen("command", **options)}: a shell command with {@code shell=True}, else a program's name. */
    <T> Popen<T> popen(String args, PopenOptions<T> options) throws IOException;

    /** {@code Popen(args)}: every stream inherited, binary mode. */
    Popen<byte[]> popen(List<String> args) throws IOException;

    /**
     * {@code run(args, **options)}: starts the child, communicates, waits; with a timeout, a child that outlives it
     * is killed and reaped before {@link TimeoutExpired} (which keeps the output so far) is raised.
     */
    <T> CompletedProcess<T> run(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    <T> CompletedProcess<T> run(String args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    /** {@code run(args)}. */
    CompletedProcess<byte[]> run(List<String> args) throws IOException;

    /** {@code call(args, **options)}: the return code. */
    int call(List<String> args, PopenOptions<?> options) throws IOException;

    int call(List<String> args) throws IOException;

    /**
     * {@code call(args, timeout=..., **options)}: the child is killed if it outlives {@code timeout} (null: Python's
     * {@code None}, no limit).
     */
    int call(List<String> args, PopenOptions<?> options, Duration timeout) throws IOException, TimeoutExpired;

    /** {@code check_call(args, **options)}: {@link CalledProcessError} unless the return code is 0. */
    void checkCall(List<String> args, PopenOptions<?> options) throws IOException, CalledProcessError;

    void checkCall(List<String> args) throws IOException, CalledProcessError;

    /** {@code check_output(args, **options)}: what the child wrote to {@code stdout}. */
    <T> T checkOutput(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired;

    byte[] checkOutput(List<String> args) throws IOException, CalledProcessError;

    /**
     * {@code getoutput(cmd)}: what the shell command writes to {@code stdout} and {@code stderr}, as text, without
     * one trailing newline.
     */
    String getoutput(String cmd) throws IOException;

    /** {@code getstatusoutput(cmd)}: the exit code and {@link #getoutput}'s text. */
    StatusOutput getstatusoutput(String cmd) throws IOException;

    /**
     * {@code list2cmdline(seq)}: the arguments as one command line quoted by the rules of the Microsoft C runtime
     * (what {@code Popen} does with a list on Windows).
     */
    String list2cmdline(List<String> seq);

    /** {@code getstatusoutput}'s pair {@code (exitcode, output)}. */
    record StatusOutput(int exitcode, String output) {
    }
}
