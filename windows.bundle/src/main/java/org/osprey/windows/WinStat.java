package org.osprey.windows;

import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_DIRECTORY;
import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_READONLY;
import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_REPARSE_POINT;
import static org.osprey.windows.WinConstants.INVALID_FILE_ATTRIBUTES;
import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_SYMLINK;
import static org.osprey.windows.WinConstants.isNameSurrogate;

import java.util.Locale;
import java.util.OptionalLong;

import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * {@code os.stat} on Windows as CPython 3.13's {@code win32_xstat_slow_impl} and {@code _Py_fstat_noraise}: the file
 * opened for its attributes only (or its directory's entry read where it cannot be), the information-by-handle
 * calls, and {@code _Py_attribute_data_to_stat}'s mapping to a {@code stat_result}.
 */
final class WinStat {
    static final int FILE_READ_ATTRIBUTES = WinNT.FILE_READ_ATTRIBUTES;
    static final int GENERIC_READ = WinNT.GENERIC_READ;
    static final int FILE_SHARE_READ = WinNT.FILE_SHARE_READ;
    static final int FILE_SHARE_WRITE = WinNT.FILE_SHARE_WRITE;
    static final int OPEN_EXISTING = WinNT.OPEN_EXISTING;
    static final int FILE_FLAG_BACKUP_SEMANTICS = WinNT.FILE_FLAG_BACKUP_SEMANTICS;
    static final int FILE_FLAG_OPEN_REPARSE_POINT = WinNT.FILE_FLAG_OPEN_REPARSE_POINT;

    private static final int FILE_TYPE_UNKNOWN = 0;
    private static final int FILE_TYPE_DISK = 1;
    private static final int FILE_TYPE_CHAR = 2;
    private static final int FILE_TYPE_PIPE = 3;

    private static final int FILE_BASIC_INFO = 0;
    private static final int FILE_ATTRIBUTE_TAG_INFO = 9;
    private static final int FILE_ID_INFO = 18;

    static final int S_IFIFO = 0x1000;
    static final int S_IFCHR = 0x2000;
    static final int S_IFDIR = 0x4000;
    static final int S_IFBLK = 0x6000;
    static final int S_IFREG = 0x8000;
    static final int S_IFLNK = 0xA000;
    private static final int S_IFMT = 0xF000;

    /** 100 ns ticks from 1601-01-01 to the Unix epoch. */
    private static final long EPOCH_TICKS = 116_444_736_000_000_000L;

    private WinStat() {
    }

    /** {@code os.stat(path)} ({@code traverse}) or {@code os.lstat(path)}. */
    static StatResult ofPath(String path, boolean traverse) throws OsException {
        return ofPath(path, traverse, false);
    }

    private static StatResult ofPath(String path, boolean traverse, boolean unhandledTag) throws OsException {
        Kernel k = Natives.kernel();
        WString wide = new WString(path);
        int flags = FILE_FLAG_BACKUP_SEMANTICS | (traverse ? 0 : FILE_FLAG_OPEN_REPARSE_POINT);
        WinNT.HANDLE file = k.CreateFileW(wide, FILE_READ_ATTRIBUTES, 0, null, OPEN_EXISTING, flags, null);
        if (Handles.invalid(file)) {
            int error = WinErrors.last();
            switch (error) {
                case WinErrors.ERROR_ACCESS_DENIED, WinErrors.ERROR_SHARING_VIOLATION -> {
                    // a file CPython cannot open for its attributes (a paging file): its directory's entry
                    Structs.FindData entry = fromDirectory(path, error);
                    if ((entry.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0
                            && (traverse || !isNameSurrogate(entry.dwReserved0))) {
                        throw WinErrors.of(error, path, null);
                    }
                    return fromFindData(entry, path);
                }
                case WinErrors.ERROR_INVALID_PARAMETER -> {
                    // \\.\con needs read access
                    file = k.CreateFileW(wide, FILE_READ_ATTRIBUTES | GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            null, OPEN_EXISTING, flags, null);
                    if (Handles.invalid(file)) {
                        throw WinErrors.of(error, path, null);
                    }
                }
                case WinErrors.ERROR_CANT_ACCESS_FILE -> {
                    // bpo-37834: a reparse point no driver handles is opened, not traversed
                    if (!traverse) {
                        throw WinErrors.of(error, path, null);
                    }
                    traverse = false;
                    unhandledTag = true;
                    file = k.CreateFileW(wide, FILE_READ_ATTRIBUTES, 0, null, OPEN_EXISTING,
                            flags | FILE_FLAG_OPEN_REPARSE_POINT, null);
                    if (Handles.invalid(file)) {
                        throw WinErrors.of(error, path, null);
                    }
                }
                default -> throw WinErrors.of(error, path, null);
            }
        }
        StatResult st;
        try {
            st = ofOpenPath(file, path, traverse, unhandledTag);
        } finally {
            Handles.close(file);
        }
        // a reparse point that is no link (a dedup'd or cloud file): lstat follows it, as CPython, once it is closed
        return st != null ? st : ofPath(path, true, false);
    }

    /** {@return the status of the open file, or {@code null} where it must be opened again, following it} */
    private static StatResult ofOpenPath(WinNT.HANDLE file, String path, boolean traverse, boolean unhandledTag)
            throws OsException {
        Kernel32 k32 = Natives.kernel32();
        int type = k32.GetFileType(file);
        if (type != FILE_TYPE_DISK) {
            if (type == FILE_TYPE_UNKNOWN && WinErrors.last() != WinErrors.ERROR_SUCCESS) {
                throw WinErrors.lastError(path);
            }
            int attributes = Natives.kernel().GetFileAttributesW(new WString(path));
            int mode = attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0 ? S_IFDIR
                    : type == FILE_TYPE_CHAR ? S_IFCHR : type == FILE_TYPE_PIPE ? S_IFIFO : 0;
            return special(mode);
        }
        int reparseTag = 0;
        if (!traverse) {
            Structs.FileAttributeTagInfo tag = new Structs.FileAttributeTagInfo();
            if (!byHandleEx(file, FILE_ATTRIBUTE_TAG_INFO, tag)) {
                int error = WinErrors.last();
                if (!notAReparsePoint(error)) {
                    throw WinErrors.of(error, path, null);
                }
            } else if ((tag.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
                if (isNameSurrogate(tag.ReparseTag)) {
                    if (unhandledTag) {
                        throw WinErrors.of(WinErrors.ERROR_CANT_ACCESS_FILE, path, null);
                    }
                    reparseTag = tag.ReparseTag;
                } else if (!unhandledTag) {
                    return null;
                }
            }
        }
        Structs.ByHandleFileInformation info = new Structs.ByHandleFileInformation();
        Structs.FileBasicInfo basic = new Structs.FileBasicInfo();
        if (!Natives.kernel().GetFileInformationByHandle(file, info) || !byHandleEx(file, FILE_BASIC_INFO, basic)) {
            int error = WinErrors.last();
            if (notAReparsePoint(error)) {
                return special(S_IFBLK); // volumes and physical disks: \\.\C:, \\.\PhysicalDrive0
            }
            throw WinErrors.of(error, path, null);
        }
        Structs.FileIdInfo id = new Structs.FileIdInfo();
        StatResult st = toStat(info, reparseTag, basic, byHandleEx(file, FILE_ID_INFO, id) ? id : null);
        return withExecutableBits(st, path, info.dwFileAttributes);
    }

    /** {@code os.fstat(fd)} on the descriptor's handle: errno errors, as CPython's {@code _Py_fstat_noraise}. */
    static StatResult ofHandle(WinNT.HANDLE file) throws OsException {
        Kernel32 k32 = Natives.kernel32();
        int type = k32.GetFileType(file);
        if (type == FILE_TYPE_UNKNOWN && WinErrors.last() != WinErrors.ERROR_SUCCESS) {
            throw asErrno(WinErrors.last());
        }
        if (type != FILE_TYPE_DISK) {
            return special(type == FILE_TYPE_CHAR ? S_IFCHR : type == FILE_TYPE_PIPE ? S_IFIFO : 0);
        }
        Structs.ByHandleFileInformation info = new Structs.ByHandleFileInformation();
        Structs.FileBasicInfo basic = new Structs.FileBasicInfo();
        if (!Natives.kernel().GetFileInformationByHandle(file, info) || !byHandleEx(file, FILE_BASIC_INFO, basic)) {
            throw asErrno(WinErrors.last());
        }
        Structs.FileIdInfo id = new Structs.FileIdInfo();
        return toStat(info, 0, basic, byHandleEx(file, FILE_ID_INFO, id) ? id : null);
    }

    /** An error carrying only the errno CPython derives from {@code winerror}, as {@code errno = winerror_to_errno(...)}. */
    private static OsException asErrno(int winerror) {
        OsException withWinerror = WinErrors.of(winerror, null, null);
        return OsException.ofWindowsErrno(withWinerror.errno(), withWinerror.strerror(), null, null);
    }

    /** CPython's {@code attributes_from_dir}: the entry that {@code FindFirstFileW} gives for the path itself. */
    private static Structs.FindData fromDirectory(String path, int openError) throws OsException {
        Structs.FindData entry = new Structs.FindData();
        WinNT.HANDLE find = Natives.kernel().FindFirstFileW(new WString(path), entry);
        if (Handles.invalid(find)) {
            int error = WinErrors.last();
            boolean missing = error == WinErrors.ERROR_FILE_NOT_FOUND || error == WinErrors.ERROR_PATH_NOT_FOUND
                    || error == WinErrors.ERROR_NOT_READY || error == WinErrors.ERROR_BAD_NET_NAME;
            throw WinErrors.of(missing ? error : openError, path, null);
        }
        Natives.kernel32().FindClose(find);
        return entry;
    }

    /** A directory entry's own data as a {@code stat_result} ({@code find_data_to_file_info}): no index, no links. */
    static StatResult fromFindData(Structs.FindData entry, String path) {
        Structs.ByHandleFileInformation info = new Structs.ByHandleFileInformation();
        info.dwFileAttributes = entry.dwFileAttributes;
        info.ftCreationTimeLow = entry.ftCreationTimeLow;
        info.ftCreationTimeHigh = entry.ftCreationTimeHigh;
        info.ftLastAccessTimeLow = entry.ftLastAccessTimeLow;
        info.ftLastAccessTimeHigh = entry.ftLastAccessTimeHigh;
        info.ftLastWriteTimeLow = entry.ftLastWriteTimeLow;
        info.ftLastWriteTimeHigh = entry.ftLastWriteTimeHigh;
        info.nFileSizeHigh = entry.nFileSizeHigh;
        info.nFileSizeLow = entry.nFileSizeLow;
        int tag = (entry.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 ? entry.dwReserved0 : 0;
        return withExecutableBits(toStat(info, tag, null, null), path, entry.dwFileAttributes);
    }

    /** {@code _Py_attribute_data_to_stat}; {@code st_ctime} stays the creation time in 3.13 (deprecated there). */
    static StatResult toStat(Structs.ByHandleFileInformation info, int reparseTag, Structs.FileBasicInfo basic,
            Structs.FileIdInfo id) {
        int attributes = info.dwFileAttributes;
        int mode = attributesToMode(attributes);
        if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 && reparseTag == IO_REPARSE_TAG_SYMLINK) {
            mode = (mode & ~S_IFMT) | S_IFLNK;
        }
        long size = (Integer.toUnsignedLong(info.nFileSizeHigh) << 32) | Integer.toUnsignedLong(info.nFileSizeLow);
        long dev = id != null ? id.VolumeSerialNumber : Integer.toUnsignedLong(info.dwVolumeSerialNumber);
        long ino = id != null ? id.low64() : 0;
        if (ino == 0) {
            ino = (Integer.toUnsignedLong(info.nFileIndexHigh) << 32) | Integer.toUnsignedLong(info.nFileIndexLow);
        }
        long birth;
        long atime;
        long mtime;
        if (basic != null) {
            birth = ticksToNs(basic.CreationTime);
            atime = ticksToNs(basic.LastAccessTime);
            mtime = ticksToNs(basic.LastWriteTime);
        } else {
            birth = ticksToNs(Structs.ticks(info.ftCreationTimeLow, info.ftCreationTimeHigh));
            atime = ticksToNs(Structs.ticks(info.ftLastAccessTimeLow, info.ftLastAccessTimeHigh));
            mtime = ticksToNs(Structs.ticks(info.ftLastWriteTimeLow, info.ftLastWriteTimeHigh));
        }
        return new StatResult(mode, ino, dev, Integer.toUnsignedLong(info.nNumberOfLinks), 0, 0, size, atime, mtime,
                birth, 0, 0, 0, 0, birth, OptionalLong.of(Integer.toUnsignedLong(attributes)),
                OptionalLong.of(Integer.toUnsignedLong(reparseTag)));
    }

    /** CPython's {@code attributes_to_mode}: a directory is 0o555 or 0o777 with the x bits, a file 0o444 or 0o666. */
    static int attributesToMode(int attributes) {
        int mode = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0 ? S_IFDIR | 0111 : S_IFREG;
        return mode | ((attributes & FILE_ATTRIBUTE_READONLY) != 0 ? 0444 : 0666);
    }

    /** CPython's {@code update_st_mode_from_path}: {@code .exe}, {@code .bat}, {@code .cmd}, {@code .com} are executable. */
    private static StatResult withExecutableBits(StatResult st, String path, int attributes) {
        if ((attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
            return st;
        }
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot).toLowerCase(Locale.ROOT);
        if (!ext.equals(".exe") && !ext.equals(".bat") && !ext.equals(".cmd") && !ext.equals(".com")) {
            return st;
        }
        return new StatResult(st.mode() | 0111, st.ino(), st.dev(), st.nlink(), st.uid(), st.gid(), st.size(),
                st.atimeNs(), st.mtimeNs(), st.ctimeNs(), st.blocks(), st.blksize(), st.rdev(), st.flags(),
                st.birthtimeNs(), st.fileAttributes(), st.reparseTag());
    }

    static long ticksToNs(long ticks) {
        return (ticks - EPOCH_TICKS) * 100;
    }

    static long nsToTicks(long ns) {
        return Math.floorDiv(ns, 100) + EPOCH_TICKS;
    }

    /** Errors that mean the file system keeps no such information: not a reparse point, or not a file. */
    private static boolean notAReparsePoint(int error) {
        return error == WinErrors.ERROR_INVALID_PARAMETER || error == WinErrors.ERROR_INVALID_FUNCTION
                || error == WinErrors.ERROR_NOT_SUPPORTED;
    }

    private static StatResult special(int mode) {
        return new StatResult(mode, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, OptionalLong.of(0), OptionalLong.of(0));
    }

    private static boolean byHandleEx(WinNT.HANDLE file, int infoClass, Structure into) {
        boolean ok = Natives.kernel32().GetFileInformationByHandleEx(file, infoClass, into.getPointer(),
                new WinDef.DWORD(into.size()));
        if (ok) {
            into.read();
        }
        return ok;
    }
}
