package org.osprey.subprocess.internal;

import java.time.Duration;

import org.osprey.os.OsException;

/** A started child as a launcher made it: its pipes, and waiting for and signalling it. */
interface Child {
    long pid();

    /** The parent's end of each pipe asked for. */
    Streams streams();

    /** The return code if the child was reaped, else null; no system call. */
    Integer returncode();

    /** The return code once reaped, else null; never blocks. */
    Integer poll() throws OsException;

    /** Blocks until the child ends; its return code. */
    int waitFor() throws OsException;

    /** The return code, or null if the child still runs after {@code timeout}. */
    Integer waitFor(Duration timeout) throws OsException;

    /** Sends {@code signal} unless the child was reaped. */
    void sendSignal(int signal) throws OsException;

    void terminate() throws OsException;

    void kill() throws OsException;
}
