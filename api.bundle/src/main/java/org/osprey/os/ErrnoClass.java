package org.osprey.os;

import java.util.Map;

/** Python 3's table from a symbolic errno to the {@code OSError} subclass raised for it. */
enum ErrnoClass {
    PLAIN(OsException::new),
    FILE_NOT_FOUND(FileNotFoundOsException::new),
    FILE_EXISTS(FileExistsOsException::new),
    PERMISSION(PermissionOsException::new),
    IS_A_DIRECTORY(IsADirectoryOsException::new),
    NOT_A_DIRECTORY(NotADirectoryOsException::new),
    INTERRUPTED(InterruptedOsException::new),
    BLOCKING_IO(BlockingIoOsException::new),
    CHILD_PROCESS(ChildProcessOsException::new),
    PROCESS_LOOKUP(ProcessLookupOsException::new),
    TIMEOUT(TimeoutOsException::new),
    BROKEN_PIPE(BrokenPipeOsException::new),
    CONNECTION_ABORTED(ConnectionAbortedOsException::new),
    CONNECTION_REFUSED(ConnectionRefusedOsException::new),
    CONNECTION_RESET(ConnectionResetOsException::new);

    private interface Factory {
        OsException create(int errno, String strerror, String filename, String filename2);
    }

    private static final Map<String, ErrnoClass> BY_NAME = Map.ofEntries(
            Map.entry("ENOENT", FILE_NOT_FOUND),
            Map.entry("EEXIST", FILE_EXISTS),
            Map.entry("EACCES", PERMISSION),
            Map.entry("EPERM", PERMISSION),
            Map.entry("ENOTCAPABLE", PERMISSION),
            Map.entry("EISDIR", IS_A_DIRECTORY),
            Map.entry("ENOTDIR", NOT_A_DIRECTORY),
            Map.entry("EINTR", INTERRUPTED),
            Map.entry("EAGAIN", BLOCKING_IO),
            Map.entry("EALREADY", BLOCKING_IO),
            Map.entry("EWOULDBLOCK", BLOCKING_IO),
            Map.entry("EINPROGRESS", BLOCKING_IO),
            Map.entry("ECHILD", CHILD_PROCESS),
            Map.entry("ESRCH", PROCESS_LOOKUP),
            Map.entry("ETIMEDOUT", TIMEOUT),
            Map.entry("EPIPE", BROKEN_PIPE),
            Map.entry("ESHUTDOWN", BROKEN_PIPE),
            Map.entry("ECONNABORTED", CONNECTION_ABORTED),
            Map.entry("ECONNREFUSED", CONNECTION_REFUSED),
            Map.entry("ECONNRESET", CONNECTION_RESET));

    private final Factory factory;

    ErrnoClass(Factory factory) {
        this.factory = factory;
    }

    static ErrnoClass of(String errnoName) {
        return errnoName == null ? PLAIN : BY_NAME.getOrDefault(errnoName, PLAIN);
    }

    OsException create(int errno, String strerror, String filename, String filename2) {
        return factory.create(errno, strerror, filename, filename2);
    }
}
