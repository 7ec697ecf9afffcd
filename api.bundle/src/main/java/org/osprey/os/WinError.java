package org.osprey.os;

/**
 * What CPython's {@code OSError} does with a Windows error code ({@code winerror}): the errno it derives
 * ({@code winerror_to_errno} in CPython's {@code PC/errmap.h}) and the name of that errno on Windows, which picks
 * the {@code OSError} subclass. The errno values are the Windows C runtime's and its Winsock codes.
 */
final class WinError {
    /** The Windows C runtime's errno values that {@link #toErrno} gives. */
    private static final int ENOENT = errno("ENOENT");
    private static final int E2BIG = errno("E2BIG");
    private static final int ENOEXEC = errno("ENOEXEC");
    private static final int EBADF = errno("EBADF");
    private static final int ECHILD = errno("ECHILD");
    private static final int EAGAIN = errno("EAGAIN");
    private static final int ENOMEM = errno("ENOMEM");
    private static final int EACCES = errno("EACCES");
    private static final int EEXIST = errno("EEXIST");
    private static final int EXDEV = errno("EXDEV");
    private static final int ENOTDIR = errno("ENOTDIR");
    private static final int EINVAL = errno("EINVAL");
    private static final int EMFILE = errno("EMFILE");
    private static final int ENOSPC = errno("ENOSPC");
    private static final int EPIPE = errno("EPIPE");
    private static final int ENOTEMPTY = errno("ENOTEMPTY");
    private static final int EILSEQ = errno("EILSEQ");

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

    /** The Windows name of an errno ({@link #toErrno}'s or the C runtime's), or null for a value none has. */
    static String errnoName(int errno) {
        return WindowsErrno.name(errno);
    }

    private static int errno(String name) {
        return WindowsErrno.values().get(name);
    }
}
