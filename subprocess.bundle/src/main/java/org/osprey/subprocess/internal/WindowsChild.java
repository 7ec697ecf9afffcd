package org.osprey.subprocess.internal;

import java.lang.ref.Cleaner;
import java.time.Duration;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;

/**
 * A child started by {@code _winapi.CreateProcess}, as CPython's Windows {@code Popen}: waited for with
 * {@code WaitForSingleObject} on its process handle, its return code {@code GetExitCodeProcess}'s,
 * {@code terminate} and {@code kill} both {@code TerminateProcess(handle, 1)}. The code is the {@code DWORD}'s
 * bits as an {@code int}: an NTSTATUS such as {@code 0xC000013A} (Ctrl+C) reads negative, where CPython has a
 * positive int. The handle is closed once the code is known, or by a {@link Cleaner} if the child is dropped
 * before.
 */
final class WindowsChild implements Child {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Os os;
    private final long pid;
    private final Streams streams;
    private final OwnedHandle handle;
    private volatile Integer returncode;

    WindowsChild(Os os, long process, long pid, Streams streams) {
        this.os = os;
        this.pid = pid;
        this.streams = streams;
        this.handle = new OwnedHandle(os, process);
        CLEANER.register(this, handle);
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public Streams streams() {
        return streams;
    }

    @Override
    public Integer returncode() {
        return returncode;
    }

    /** CPython's {@code _internal_poll}. */
    @Override
    public Integer poll() throws OsException {
        return returncode != null ? returncode : waitMillis(0);
    }

    @Override
    public int waitFor() throws OsException {
        Integer code = returncode;
        while (code == null) {
            code = waitMillis(Os.INFINITE);
        }
        streams.pumps().join();
        return code;
    }

    /** CPython's {@code _wait}: the timeout in whole milliseconds; a longer one than a wait takes is waited in turns. */
    @Override
    public Integer waitFor(Duration timeout) throws OsException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Integer code = returncode;
        while (code == null) {
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            code = waitMillis((int) Math.min(left, Integer.MAX_VALUE));
            if (code == null && left <= Integer.MAX_VALUE) {
                return null;
            }
        }
        streams.pumps().join();
        return code;
    }

    /** One {@code WaitForSingleObject}; the code once the child has ended, else null. */
    private Integer waitMillis(int millis) throws OsException {
        Boolean ended = handle.use(h -> os.waitforsingleobject(h, millis) == Os.WAIT_OBJECT_0);
        if (ended == null) {
            return returncode; // another thread reaped it and closed the handle
        }
        if (!ended) {
            return null;
        }
        Long code = handle.use(os::getexitcodeprocess);
        return code == null ? returncode : reaped(code);
    }

    private Integer reaped(long code) throws OsException {
        returncode = (int) code;
        handle.close();
        return returncode;
    }

    /** CPython's Windows {@code send_signal}: {@code SIGTERM}, {@code CTRL_C_EVENT} or {@code CTRL_BREAK_EVENT}. */
    @Override
    public void sendSignal(int signal) throws OsException {
        if (returncode != null) {
            return;
        }
        if (signal == os.SIGTERM()) {
            terminate();
        } else if (isSignal(signal, "CTRL_C_EVENT") || isSignal(signal, "CTRL_BREAK_EVENT")) {
            os.kill(pid, signal);
        } else {
            throw new IllegalArgumentException("Unsupported signal: " + signal); // CPython's ValueError
        }
    }

    private boolean isSignal(int signal, String name) {
        var value = os.signalConstants().find(name);
        return value.isPresent() && value.getAsInt() == signal;
    }

    /** CPython's Windows {@code terminate}: access denied means the child has ended, unless it still runs. */
    @Override
    public void terminate() throws OsException {
        if (returncode != null) {
            return;
        }
        try {
            handle.use(h -> {
                os.terminateprocess(h, 1);
                return null;
            });
        } catch (PermissionOsException e) {
            Long code = handle.use(os::getexitcodeprocess);
            if (code != null && code == Os.STILL_ACTIVE) {
                throw e;
            }
            if (code != null) {
                reaped(code);
            }
        }
    }

    /** CPython's {@code kill = terminate}. */
    @Override
    public void kill() throws OsException {
        terminate();
    }
}
