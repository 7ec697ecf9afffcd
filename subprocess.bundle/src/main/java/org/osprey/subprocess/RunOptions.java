package org.osprey.subprocess;

import java.time.Duration;
import java.util.Objects;

/**
 * The keyword arguments {@code subprocess.run} adds to {@code Popen}'s: {@code input}, {@code capture_output},
 * {@code timeout} and {@code check}. Immutable.
 *
 * @param popen         the {@code Popen} arguments
 * @param input         what is written to the child's {@code stdin} (which becomes a pipe), or null
 * @param captureOutput {@code capture_output=True}: {@code stdout} and {@code stderr} become pipes
 * @param timeout       how long to wait for the child (it is killed then), or null for ever
 * @param check         whether a non-zero exit raises {@link CalledProcessError}
 * @param <T>           {@code byte[]} or {@code String}, as {@code popen} says
 */
public record RunOptions<T>(PopenOptions<T> popen, T input, boolean captureOutput, Duration timeout, boolean check) {
    /**
     * The arguments; a negative {@code timeout} is zero, and {@code captureOutput} needs {@code stdout} and
     * {@code stderr} left alone.
     *
     * @param popen the {@code Popen} arguments
     * @param input what is written to the child's {@code stdin} (which becomes a pipe), or null
     * @param captureOutput {@code capture_output=True}: {@code stdout} and {@code stderr} become pipes
     * @param timeout how long to wait for the child (it is killed then), or null for ever
     * @param check whether a non-zero exit raises {@link CalledProcessError}
     */
    public RunOptions {
        Objects.requireNonNull(popen, "popen");
        if (timeout != null && timeout.isNegative()) {
            timeout = Duration.ZERO;
        }
        if (captureOutput && (popen.stdout() != Redirect.INHERIT || popen.stderr() != Redirect.INHERIT)) {
            throw new IllegalArgumentException("stdout and stderr arguments may not be used with capture_output.");
        }
        if (input != null && popen.stdin() != Redirect.INHERIT) {
            throw new IllegalArgumentException("stdin and input arguments may not both be used.");
        }
    }

    /**
     * {@code run(args, **popen_kwargs)} with none of {@code run}'s own.
     *
     * @param <T> {@code byte[]} or {@code String}, as {@code popen} says
     * @param popen the {@code Popen} arguments
     * @return the options
     */
    public static <T> RunOptions<T> of(PopenOptions<T> popen) {
        return new RunOptions<>(popen, null, false, null, false);
    }

    /**
     * Binary mode, every default: {@code run(args)}.
     *
     * @return the options
     */
    public static RunOptions<byte[]> bytes() {
        return of(PopenOptions.bytes());
    }

    /**
     * {@code run(args, text=True)}.
     *
     * @return the options
     */
    public static RunOptions<String> text() {
        return of(PopenOptions.text());
    }

    /**
     * {@return these options with {@code input} set}
     *
     * @param data what is written to the child's {@code stdin} (which becomes a pipe), or null
     */
    public RunOptions<T> withInput(T data) {
        return new RunOptions<>(popen, data, captureOutput, timeout, check);
    }

    /** {@return these options with {@code capture_output=True}} */
    public RunOptions<T> withCaptureOutput() {
        return new RunOptions<>(popen, input, true, timeout, check);
    }

    /**
     * {@return these options with {@code timeout} set}
     *
     * @param limit how long to wait for the child (it is killed then), or null for ever
     */
    public RunOptions<T> withTimeout(Duration limit) {
        return new RunOptions<>(popen, input, captureOutput, limit, check);
    }

    /** {@return these options with {@code check=True}} */
    public RunOptions<T> withCheck() {
        return new RunOptions<>(popen, input, captureOutput, timeout, true);
    }

    /**
     * The same {@code run} arguments over other {@code Popen} arguments.
     *
     * @param popen the {@code Popen} arguments
     * @return the new options
     */
    public RunOptions<T> withPopen(PopenOptions<T> popen) {
        return new RunOptions<>(popen, input, captureOutput, timeout, check);
    }
}
