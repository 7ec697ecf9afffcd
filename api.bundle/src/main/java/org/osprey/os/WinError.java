package org.osprey.os;

import java.util.Map;

/**
 * What CPython's {@code OSError} does with a Windows error code ({@code winerror}): the errno it derives
 * ({@code winerror_to_errno} in CPython's {@code PC/errmap.h}) and the name of that errno on Windows, which picks
 * the {@code OSError} subclass. The errno values are the Windows C runtime's and its Winsock codes.
 */
final class WinError {
    /** The Windows C runtime's errno values that {@link #toErrno} gives. */
    private static final int EINTR = 4;
    private static final int ENOENT = 2;
    private static final int E2BIG = 7;
    private static final int ENOEXEC = 8;
    private static final int EBADF = 9;
    private static final int ECHILD = 10;
    private static final int EAGAIN = 11;
    private static final int ENOMEM = 12;
    private static final int EACCES = 13;
    private static final int EFAULT = 14;
    private static final int EEXIST = 17;
    private static final int EXDEV = 18;
    private static final int ENOTDIR = 20;
    private static final int EINVAL = 22;
    private static final int EMFILE = 24;
    private static final int ENOSPC = 28;
    private static final int EPIPE = 32;
    private static final int ENOTEMPTY = 41;
    private static final int EILSEQ = 42;

    /** The names of those, and of the Winsock codes (errno values on Windows) that an {@code OSError} subclass is for. */
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(ENOENT, "ENOENT"),
            Map.entry(EINTR, "EINTR"), Map.entry(E2BIG, "E2BIG"), Map.entry(ENOEXEC, "ENOEXEC"),
            Map.entry(EBADF, "EBADF"), Map.entry(ECHILD, "ECHILD"), Map.entry(EAGAIN, "EAGAIN"),
            Map.entry(ENOMEM, "ENOMEM"), Map.entry(EACCES, "EACCES"), Map.entry(EFAULT, "EFAULT"),
            Map.entry(EEXIST, "EEXIST"), Map.entry(EXDEV, "EXDEV"), Map.entry(ENOTDIR, "ENOTDIR"),
            Map.entry(EINVAL, "EINVAL"), Map.entry(EMFILE, "EMFILE"), Map.entry(ENOSPC, "ENOSPC"),
            Map.entry(EPIPE, "EPIPE"), Map.entry(ENOTEMPTY, "ENOTEMPTY"), Map.entry(EILSEQ, "EILSEQ"),
            Map.entry(10035, "EWOULDBLOCK"), Map.entry(10036, "EINPROGRESS"), Map.entry(10037, "EALREADY"),
            Map.entry(10053, "ECONNABORTED"), Map.entry(10054, "ECONNRESET"), Map.entry(10058, "ESHUTDOWN"),
            Map.entry(10060, "ETIMEDOUT"), Map.entry(10061, "ECONNREFUSED"));

    private WinError() {
    }

    /** CPython's {@code winerror_to_errno}. */
    static int toErrno(int winerror) {
        if ((winerror & 0xFFFF0000) == 0x80070000) {
            winerror &= 0x0000FFFF; // a FACILITY_WIN32 HRESULT
        }
        if (winerror >= 10000 && winerror < 12000) {
            return switch (winerror) {
                // WSAEINTR, WSAEBADF, WSAEACCES, WSAEFAULT, WSAEINVAL, WSAEMFILE: Winsock's own copies of errnos
                case 10004, 10009, 10013, 10014, 10022, 10024 -> winerror - 10000;
                default -> winerror;
            };
        }
        return switch (winerror) {
            // FILE_NOT_FOUND, PATH_NOT_FOUND, INVALID_DRIVE, NO_MORE_FILES, BAD_NETPATH, BAD_NET_NAME,
            // BAD_PATHNAME, FILENAME_EXCED_RANGE
            case 2, 3, 15, 18, 53, 67, 161, 206 -> ENOENT;
            case 10 -> E2BIG; // BAD_ENVIRONMENT
            // BAD_FORMAT and the executable format errors
            case 11, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202 -> ENOEXEC;
            case 6, 114, 130 -> EBADF; // INVALID_HANDLE, INVALID_TARGET_HANDLE, DIRECT_ACCESS_HANDLE
            case 128, 129 -> ECHILD; // WAIT_NO_CHILDREN, CHILD_NOT_COMPLETE
            case 89, 164, 215 -> EAGAIN; // NO_PROC_SLOTS, MAX_THRDS_REACHED, NESTING_NOT_ALLOWED
            case 7, 8, 9, 1816 -> ENOMEM; // ARENA_TRASHED, NOT_ENOUGH_MEMORY, INVALID_BLOCK, NOT_ENOUGH_QUOTA
            // ACCESS_DENIED, CURRENT_DIRECTORY, WRITE_PROTECT ... LOCK_FAILED, and 35
            case 5, 16, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 65, 82, 83, 108, 132,
                    158, 167 -> EACCES;
            case 80, 183 -> EEXIST; // FILE_EXISTS, ALREADY_EXISTS
            case 17 -> EXDEV; // NOT_SAME_DEVICE
            case 267 -> ENOTDIR; // DIRECTORY (bpo-12802)
            case 4 -> EMFILE; // TOO_MANY_OPEN_FILES
            case 112 -> ENOSPC; // DISK_FULL
            case 109, 232 -> EPIPE; // BROKEN_PIPE, NO_DATA (bpo-13063)
            case 145 -> ENOTEMPTY; // DIR_NOT_EMPTY
            case 1113 -> EILSEQ; // NO_UNICODE_TRANSLATION
            default -> EINVAL; // INVALID_FUNCTION, INVALID_ACCESS, INVALID_DATA, INVALID_PARAMETER, ...
        };
    }

    /** The Windows name of an errno {@link #toErrno} gives, or null for one no subclass is chosen by. */
    static String errnoName(int errno) {
        return NAMES.get(errno);
    }
}
