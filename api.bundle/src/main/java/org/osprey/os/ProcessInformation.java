package org.osprey.os;

/**
 * What {@code _winapi.CreateProcess} returns: {@code (handle_process, handle_thread, pid, tid)}. Both handles are
 * the caller's to close ({@link Os#closehandle}); the process handle is what {@link Os#waitforsingleobject},
 * {@link Os#getexitcodeprocess} and {@link Os#terminateprocess} take.
 *
 * @param process the new process's handle
 * @param thread its first thread's handle
 * @param pid its process id
 * @param tid its first thread's id
 */
public record ProcessInformation(long process, long thread, long pid, long tid) {
}
