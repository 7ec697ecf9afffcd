package org.osprey.posix.fd;

import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.intptr_t;

/** What the EINTR test needs to interrupt one thread's system call. Public for jnr-ffi. */
public interface SignalCalls {
    @SaveError
    int sigaction(int signal, @intptr_t long action, @intptr_t long oldAction);

    @intptr_t
    long pthread_self();

    int pthread_kill(@intptr_t long thread, int signal);
}
