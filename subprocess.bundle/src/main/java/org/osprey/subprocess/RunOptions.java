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

    /** {@code run(args, **popen_kwargs)} with none of {@code run}'s own. */
    public static <T> RunOptions<T> of(PopenOptions<T> popen) {
        return new RunOptions<>(popen, null, false, null, false);
    }

    /** Binary mode, every default: {@code run(args)}. */
    public static RunOptions<byte[]> bytes() {
        return of(PopenOptions.bytes());
    }

    /** {@code run(args, text=True)}. */
    public static RunOptions<String> text() {
        return of(PopenOptions.text());
    }

    public RunOptions<T> withInput(T data) {
        return new RunOptions<>(popen, data, captureOutput, timeout, check);
    }

    public RunOptions<T> withCaptureOutput() {
        return new RunOptions<>(popen, input, true, timeout, check);
    }

    public RunOptions<T> withTimeout(Duration limit) {
        return new RunOptions<>(popen, input, captureOutput, limit, check);
    }

    public RunOptions<T> withCheck() {
        return new RunOptions<>(popen, input, captureOutput, timeout, true);
    }

    /** The same {@code run} arguments over other {@code Popen} arguments. */
    public RunOptions<T> withPopen(PopenOptions<T> popen) {
        return new RunOptions<>(popen, input, captureOutput, timeout, check);
    }
}
