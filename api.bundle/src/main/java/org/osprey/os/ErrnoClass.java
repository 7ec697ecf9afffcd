package org.osprey.os;

import java.util.Map;

/** Python 3's table from a symbolic errno to the {@code OSError} subclass raised for it. */
enum ErrnoClass {
    PLAIN(OsException.class, OsException::new),
    FILE_NOT_FOUND(FileNotFoundOsException.class, FileNotFoundOsException::new),
    FILE_EXISTS(FileExistsOsException.class, FileExistsOsException::new),
    PERMISSION(PermissionOsException.class, PermissionOsException::new),
    IS_A_DIRECTORY(IsADirectoryOsException.class, IsADirectoryOsException::new),
    NOT_A_DIRECTORY(NotADirectoryOsException.class, NotADirectoryOsException::new),
    INTERRUPTED(InterruptedOsException.class, InterruptedOsException::new),
    BLOCKING_IO(BlockingIoOsException.class, BlockingIoOsException::new),
    CHILD_PROCESS(ChildProcessOsException.class, ChildProcessOsException::new),
    PROCESS_LOOKUP(ProcessLookupOsException.class, ProcessLookupOsException::new),
    TIMEOUT(TimeoutOsException.class, TimeoutOsException::new),
    BROKEN_PIPE(BrokenPipeOsException.class, BrokenPipeOsException::new),
    CONNECTION_ABORTED(ConnectionAbortedOsException.class, ConnectionAbortedOsException::new),
    CONNECTION_REFUSED(ConnectionRefusedOsException.class, ConnectionRefusedOsException::new),
    CONNECTION_RESET(ConnectionResetOsException.class, ConnectionResetOsException::new);

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

    private final Class<? extends OsException> type;
    private final Factory factory;

    ErrnoClass(Class<? extends OsException> type, Factory factory) {
        this.type = type;
        this.factory = factory;
    }

    /** The entry whose exceptions are exactly of {@code type}, or {@link #PLAIN} for a type not listed here. */
    static ErrnoClass ofType(Class<? extends OsException> type) {
        for (ErrnoClass c : values()) {
            if (c.type == type) {
                return c;
            }
        }
        return PLAIN;
    }

    static ErrnoClass of(String errnoName) {
        return errnoName == null ? PLAIN : BY_NAME.getOrDefault(errnoName, PLAIN);
    }

    OsException create(int errno, String strerror, String filename, String filename2) {
        return factory.create(errno, strerror, filename, filename2);
    }
}
