package org.osprey.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The Kernel32 calls that jna-platform's {@code Kernel32} lacks, with wide strings ({@code *W}) passed through
 * unchanged: a Java string is UTF-16 already, lone surrogates and {@code \\?\} prefixes included.
 */
interface Kernel extends StdCallLibrary {
    /** {@code SYMBOLIC_LINK_FLAG_DIRECTORY}. */
    int SYMBOLIC_LINK_FLAG_DIRECTORY = 0x1;
    /** {@code SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE}: developer mode's links without the privilege. */
    int SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE = 0x2;
    /** {@code HANDLE_FLAG_INHERIT}. */
    int HANDLE_FLAG_INHERIT = WinBase.HANDLE_FLAG_INHERIT;
    /** {@code FSCTL_GET_REPARSE_POINT}. */
    int FSCTL_GET_REPARSE_POINT = 0x000900A8;
    /** {@code MAXIMUM_REPARSE_DATA_BUFFER_SIZE}. */
    int MAXIMUM_REPARSE_DATA_BUFFER_SIZE = 16 * 1024;

    /** {@code FILE_NAME_NORMALIZED | VOLUME_NAME_DOS}: both are 0, CPython's flags for {@code _getfinalpathname}. */
    int FILE_NAME_NORMALIZED = 0x0;

    int GetFullPathNameW(WString path, int size, char[] buffer, Pointer filePart);

    boolean GetVolumePathNameW(WString path, char[] buffer, int size);

    int GetFinalPathNameByHandleW(WinNT.HANDLE file, char[] buffer, int size, int flags);

    boolean GetDiskFreeSpaceExW(WString directory, LongByReference freeToCaller, LongByReference total,
            LongByReference free);

    boolean CopyFileExW(WString existing, WString copy, Pointer progress, Pointer data, Pointer cancel, int flags);

    int GetActiveProcessorCount(short group);

    boolean GetFileInformationByHandle(WinNT.HANDLE file, Structs.ByHandleFileInformation info);

    int GetCurrentDirectoryW(int size, char[] buffer);

    boolean SetCurrentDirectoryW(WString path);

    boolean CreateDirectoryW(WString path, WinBase.SECURITY_ATTRIBUTES attributes);

    boolean RemoveDirectoryW(WString path);

    boolean DeleteFileW(WString path);

    boolean MoveFileExW(WString from, WString to, int flags);

    boolean CreateSymbolicLinkW(WString link, WString target, int flags);

    boolean CreateHardLinkW(WString link, WString existing, Pointer attributes);

    int GetFileAttributesW(WString path);

    boolean SetFileAttributesW(WString path, int attributes);

    WinNT.HANDLE CreateFileW(WString path, int access, int share, Pointer security, int disposition, int flags,
            WinNT.HANDLE template);

    WinNT.HANDLE FindFirstFileW(WString pattern, Structs.FindData data);

    boolean FindNextFileW(WinNT.HANDLE find, Structs.FindData data);

    boolean GetHandleInformation(WinNT.HANDLE handle, IntByReference flags);

    boolean SetHandleInformation(WinNT.HANDLE handle, int mask, int flags);

    boolean GetNamedPipeHandleStateW(WinNT.HANDLE pipe, IntByReference state, Pointer instances,
            Pointer maxCollectionCount, Pointer collectDataTimeout, Pointer userName, int userNameSize);

    boolean SetNamedPipeHandleState(WinNT.HANDLE pipe, IntByReference mode, Pointer maxCollectionCount,
            Pointer collectDataTimeout);

    boolean CreatePipe(WinNT.HANDLEByReference read, WinNT.HANDLEByReference write,
            WinBase.SECURITY_ATTRIBUTES attributes, int size);
}
