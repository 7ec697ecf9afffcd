package org.osprey.subprocess.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;


/**
 * A child started by {@link ProcessBuilder}: the JDK reaps it (in its own thread) and gives its exit value, which
 * for a child ended by signal {@code n} is {@code 128+n}, not Python's {@code -n}. Where this process itself sent
 * {@code n} ({@link #terminate()}, {@link #kill()}) and the exit value is {@code 128+n}, the code is {@code -n}
 * as CPython's; any other {@code 128+n} stays as the JDK gives it, since the JDK cannot tell it from an
 * {@code exit(128+n)} (on Windows no code is changed: there CPython's {@code terminate} gives 1, as the JDK's).
 */
final class JdkChild implements Child {
    private final Process process;
    private final Streams streams;
    private final Signals signals;
    /** The signals this process sent, by bit: only those turn a {@code 128+n} into {@code -n}. */
    private volatile long sent;
    private volatile Integer returncode;

    /** The two signals the JDK sends, as the provider numbers them; {@code posix}: whether 128+n means signal n. */
    record Signals(int sigterm, int sigkill, boolean posix) {
    }

    JdkChild(Process process, Streams streams, Signals signals) {
        this.process = process;
        this.streams = streams;
        this.signals = signals;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Streams streams() {
        return streams;
    }

    @Override
    public Integer returncode() {
        return returncode;
    }

    @Override
    public Integer poll() {
        if (process.isAlive()) {
            return returncode;
        }
        return ended();
    }

    /** The code of a child the JDK has reaped. */
    private int ended() {
        if (returncode == null) {
            int value = process.exitValue();
            int signal = value - 128;
            boolean ours = signals.posix() && signal > 0 && signal < Long.SIZE && (sent & (1L << signal)) != 0;
            returncode = ours ? -signal : value;
        }
        return returncode;
    }

    @Override
    public int waitFor() {
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // Child.waitFor cannot say so: wait on, and leave the flag set
            }
        }
        streams.pumps().join();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ended();
    }

    @Override
    public Integer waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return returncode;
        }
        streams.pumps().join();
        return ended();
    }

    /**
     * {@code SIGTERM} is {@link Process#destroy()}, {@code SIGKILL} {@link Process#destroyForcibly()}; nothing once
     * the child has ended (the JDK never signals a pid it has reaped).
     *
     * @throws UnsupportedOperationException for any other signal
     */
    @Override
    public void sendSignal(int signal) {
        if (signal != signals.sigterm() && signal != signals.sigkill()) {
            throw new UnsupportedOperationException("send_signal(" + signal + ") through ProcessBuilder: the JDK "
                    + "sends only SIGTERM (Process.destroy) and SIGKILL (Process.destroyForcibly)");
        }
        if (!process.isAlive()) {
            return;
        }
        synchronized (this) {
            sent |= 1L << signal;
        }
        if (signal == signals.sigkill()) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
    }

    @Override
    public void terminate() {
        sendSignal(signals.sigterm());
    }

    @Override
    public void kill() {
        sendSignal(signals.sigkill());
    }
}
