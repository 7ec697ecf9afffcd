package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link WinError#toErrno} entry by entry against CPython's {@code winerror_to_errno} ({@code PC/errmap.h}), written
 * out here from that file by the Windows names it uses, and every other code up to the Winsock range and past it
 * against its default. Linux's CPython cannot be asked: off Windows it ignores {@code OSError}'s winerror.
 */
class WinErrorTest {
    /** The Windows C runtime's errno values ({@code <errno.h>} of the UCRT), by name. */
    private static final Map<String, Integer> CRT = Map.ofEntries(Map.entry("ENOENT", 2), Map.entry("E2BIG", 7),
            Map.entry("ENOEXEC", 8), Map.entry("EBADF", 9), Map.entry("ECHILD", 10), Map.entry("EAGAIN", 11),
            Map.entry("ENOMEM", 12), Map.entry("EACCES", 13), Map.entry("EEXIST", 17), Map.entry("EXDEV", 18),
            Map.entry("ENOTDIR", 20), Map.entry("EINVAL", 22), Map.entry("EMFILE", 24), Map.entry("ENOSPC", 28),
            Map.entry("EPIPE", 32), Map.entry("ENOTEMPTY", 41), Map.entry("EILSEQ", 42));

    /** CPython's cases, by the errno each group returns. */
    private static final Map<String, int[]> CPYTHON = Map.ofEntries(
            // FILE_NOT_FOUND, PATH_NOT_FOUND, INVALID_DRIVE, NO_MORE_FILES, BAD_NETPATH, BAD_NET_NAME,
            // BAD_PATHNAME, FILENAME_EXCED_RANGE
            Map.entry("ENOENT", new int[] {2, 3, 15, 18, 53, 67, 161, 206}),
            Map.entry("E2BIG", new int[] {10}), // BAD_ENVIRONMENT
            // BAD_FORMAT, INVALID_STARTING_CODESEG ... INFLOOP_IN_RELOC_CHAIN
            Map.entry("ENOEXEC", new int[] {11, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200,
                    201, 202}),
            Map.entry("EBADF", new int[] {6, 114, 130}), // INVALID_HANDLE, INVALID_TARGET_HANDLE, DIRECT_ACCESS_HANDLE
            Map.entry("ECHILD", new int[] {128, 129}), // WAIT_NO_CHILDREN, CHILD_NOT_COMPLETE
            Map.entry("EAGAIN", new int[] {89, 164, 215}), // NO_PROC_SLOTS, MAX_THRDS_REACHED, NESTING_NOT_ALLOWED
            // ARENA_TRASHED, NOT_ENOUGH_MEMORY, INVALID_BLOCK, NOT_ENOUGH_QUOTA
            Map.entry("ENOMEM", new int[] {7, 8, 9, 1816}),
            // ACCESS_DENIED, CURRENT_DIRECTORY, WRITE_PROTECT, BAD_UNIT, NOT_READY, BAD_COMMAND, CRC, BAD_LENGTH,
            // SEEK, NOT_DOS_DISK, SECTOR_NOT_FOUND, OUT_OF_PAPER, WRITE_FAULT, READ_FAULT, GEN_FAILURE,
            // SHARING_VIOLATION, LOCK_VIOLATION, WRONG_DISK, 35 (undefined), SHARING_BUFFER_EXCEEDED,
            // NETWORK_ACCESS_DENIED, CANNOT_MAKE, FAIL_I24, DRIVE_LOCKED, SEEK_ON_DEVICE, NOT_LOCKED, LOCK_FAILED
            Map.entry("EACCES", new int[] {5, 16, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                    36, 65, 82, 83, 108, 132, 158, 167}),
            Map.entry("EEXIST", new int[] {80, 183}), // FILE_EXISTS, ALREADY_EXISTS
            Map.entry("EXDEV", new int[] {17}), // NOT_SAME_DEVICE
            Map.entry("ENOTDIR", new int[] {267}), // DIRECTORY
            Map.entry("EMFILE", new int[] {4}), // TOO_MANY_OPEN_FILES
            Map.entry("ENOSPC", new int[] {112}), // DISK_FULL
            Map.entry("EPIPE", new int[] {109, 232}), // BROKEN_PIPE, NO_DATA
            Map.entry("ENOTEMPTY", new int[] {145}), // DIR_NOT_EMPTY
            Map.entry("EILSEQ", new int[] {1113}), // NO_UNICODE_TRANSLATION
            // INVALID_FUNCTION, INVALID_ACCESS, INVALID_DATA, INVALID_PARAMETER, NEGATIVE_SEEK: the default's
            // WAIT_TIMEOUT too: CPython 3.14 maps it to ETIMEDOUT, which 3.13 (that Osprey follows) is taken not to
            Map.entry("EINVAL", new int[] {1, 12, 13, 87, 131, 258}));

    /** Winsock's copies of C errno values: WSAEINTR, WSAEBADF, WSAEACCES, WSAEFAULT, WSAEINVAL, WSAEMFILE. */
    private static final int[] WINSOCK_ERRNOS = {10004, 10009, 10013, 10014, 10022, 10024};

    @Test
    void everyCodeMapsAsCPythonsWinerrorToErrno() {
        Map<Integer, Integer> expected = new HashMap<>();
        CPYTHON.forEach((errno, codes) -> {
            for (int code : codes) {
                assertEquals(null, expected.put(code, CRT.get(errno)), code + " listed twice");
            }
        });
        List<String> wrong = new ArrayList<>();
        for (int code = 0; code < 13_000; code++) {
            int want = expected.getOrDefault(code, code >= 10_000 && code < 12_000 ? code : CRT.get("EINVAL"));
            for (int w : WINSOCK_ERRNOS) {
                if (code == w) {
                    want = code - 10_000;
                }
            }
            check(wrong, code, want);
            check(wrong, 0x8007_0000 | code, want); // the same code as a FACILITY_WIN32 HRESULT
        }
        check(wrong, 0x8008_0005, CRT.get("EINVAL")); // another facility's HRESULT is not unwrapped
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyErrnoAWinerrorGivesHasItsWindowsName() {
        CRT.forEach((name, errno) -> assertEquals(name, WinError.errnoName(errno)));
    }

    private static void check(List<String> wrong, int winerror, int want) {
        int got = WinError.toErrno(winerror);
        if (got != want) {
            wrong.add(String.format("winerror %#x: %d, CPython %d", winerror, got, want));
        }
    }
}
