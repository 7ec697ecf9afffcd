package org.osprey.windows;

import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_DIRECTORY;
import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_READONLY;
import static org.osprey.windows.WinConstants.FILE_ATTRIBUTE_REPARSE_POINT;
import static org.osprey.windows.WinConstants.INVALID_FILE_ATTRIBUTES;
import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_MOUNT_POINT;
import static org.osprey.windows.WinConstants.IO_REPARSE_TAG_SYMLINK;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import org.osprey.os.At;
import org.osprey.os.DiskSpace;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.path.NtPath;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.Unsupported;

/**
 * Files by path with Windows' own calls, as CPython 3.13's {@code posixmodule.c} makes them: every name passed to
 * the wide ({@code *W}) call unchanged, every failure an error with {@code winerror}. Windows has no {@code dir_fd}.
 */
final class WindowsFiles implements Files {
    private static final int W_OK = 2;
    /** {@code _S_IWRITE}: the one mode bit Windows keeps, as the read-only attribute's absence. */
    private static final int S_IWRITE = 0200;
    private static final int MOVEFILE_REPLACE_EXISTING = WinBase.MOVEFILE_REPLACE_EXISTING;
    private static final int FILE_WRITE_ATTRIBUTES = WinNT.FILE_WRITE_ATTRIBUTES;
    private static final int FILE_BASIC_INFO = 0;


    /** Cleared once Windows refuses the flag (before Windows 10 1703), as CPython's static of the same name. */
    private volatile boolean unprivilegedSymlinks = true;

    @Override
    public StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("stat", dirFd);
        return WinStat.ofPath(path, followSymlinks);
    }

    @Override
    public boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks) {
        noDirFd("access", dirFd);
        if (effectiveIds) {
            throw Unsupported.of("access", "effective_ids is not available on Windows");
        }
        noFollowUnavailable("access", followSymlinks);
        int attributes = Natives.kernel().GetFileAttributesW(new WString(path));
        // CPython's os_access_impl: only writing a read-only file (not a directory) is refused
        return attributes != INVALID_FILE_ATTRIBUTES && ((mode & W_OK) == 0
                || (attributes & FILE_ATTRIBUTE_READONLY) == 0 || (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0);
    }

    @Override
    public String getcwd() throws OsException {
        return WideBuffers.fill((buffer, size) -> Natives.kernel().GetCurrentDirectoryW(size, buffer), null);
    }

    @Override
    public String getfullpathname(String path) throws OsException {
        WString wide = new WString(path);
        return WideBuffers.fill((buffer, size) -> Natives.kernel().GetFullPathNameW(wide, size, buffer, null), path);
    }

    /**
     * CPython's {@code os__getvolumepathname_impl}: a buffer of the path's length, at least {@code MAX_PATH} (the
     * mount point is no longer than the path); an error with {@code path}.
     */
    @Override
    public String getvolumepathname(String path) throws OsException {
        char[] buffer = new char[Math.max(path.length(), WinDef.MAX_PATH)];
        if (!Natives.kernel().GetVolumePathNameW(new WString(path), buffer, buffer.length)) {
            throw WinErrors.lastError(path);
        }
        return Native.toString(buffer);
    }

    /** CPython's {@code os__getfinalpathname_impl}: the file opened for nothing but its name, directories too. */
    @Override
    public String getfinalpathname(String path) throws OsException {
        WinNT.HANDLE file = Natives.kernel().CreateFileW(new WString(path), 0, 0, null, WinStat.OPEN_EXISTING,
                WinStat.FILE_FLAG_BACKUP_SEMANTICS, null);
        if (Handles.invalid(file)) {
            throw WinErrors.lastError(path);
        }
        try {
            return WideBuffers.fill((buffer, size) -> Natives.kernel().GetFinalPathNameByHandleW(file, buffer, size,
                    Kernel.FILE_NAME_NORMALIZED), path);
        } finally {
            Handles.close(file);
        }
    }

    /** CPython's {@code os__getdiskusage_impl}: a file is asked about through its directory; errors name no file. */
    @Override
    public DiskSpace getdiskusage(String path) throws OsException {
        LongByReference total = new LongByReference();
        LongByReference free = new LongByReference();
        boolean done = Natives.kernel().GetDiskFreeSpaceExW(new WString(path), null, total, free);
        if (!done && WinErrors.last() == WinErrors.ERROR_DIRECTORY) {
            int cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
            done = Natives.kernel().GetDiskFreeSpaceExW(new WString(path.substring(0, Math.max(cut, 0))), null,
                    total, free);
        }
        if (!done) {
            throw WinErrors.lastError(null);
        }
        return new DiskSpace(total.getValue(), free.getValue());
    }

    /** {@code CopyFileExW} for CPython's {@code CopyFile2}: the same flags; errors name no file, as CPython's. */
    @Override
    public void copyfile2(String src, String dst, int flags) throws OsException {
        if (!Natives.kernel().CopyFileExW(new WString(src), new WString(dst), null, null, null, flags)) {
            throw WinErrors.lastError(null);
        }
    }

    /** CPython's {@code win32_wchdir}: also sets the drive's hidden {@code =C:} variable, as {@code cmd.exe} does. */
    @Override
    public void chdir(String path) throws OsException {
        if (!Natives.kernel().SetCurrentDirectoryW(new WString(path))) {
            throw WinErrors.lastError(path);
        }
        String now = getcwd();
        if (now.startsWith("\\\\") || now.startsWith("//")) {
            return;
        }
        if (!Natives.kernel32().SetEnvironmentVariable("=" + now.charAt(0) + ":", now)) {
            throw WinErrors.lastError(path);
        }
    }

    @Override
    public DirStream opendir(String path) throws OsException {
        return WindowsDirStream.open(path);
    }

    /**
     * CPython 3.13's {@code os_mkdir_impl} on Windows: {@code CreateDirectoryW} with the default security, the mode
     * ignored, but for 0o700, which makes a {@link PrivateDirectory}.
     */
    @Override
    public void mkdir(String path, int mode, int dirFd) throws OsException {
        noDirFd("mkdir", dirFd);
        if (mode == PrivateDirectory.MODE) {
            PrivateDirectory.create(path);
        } else if (!Natives.kernel().CreateDirectoryW(new WString(path), null)) {
            throw WinErrors.lastError(path);
        }
    }

    @Override
    public void rmdir(String path, int dirFd) throws OsException {
        noDirFd("rmdir", dirFd);
        if (!Natives.kernel().RemoveDirectoryW(new WString(path))) {
            throw WinErrors.lastError(path);
        }
    }

    /** CPython's {@code Py_DeleteFileW}: a directory symlink or junction is removed as the directory entry it is. */
    @Override
    public void unlink(String path, int dirFd) throws OsException {
        noDirFd("unlink", dirFd);
        Kernel k = Natives.kernel();
        WString wide = new WString(path);
        int attributes = k.GetFileAttributesW(wide);
        boolean directoryLink = false;
        if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0
                && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
            Structs.FindData entry = new Structs.FindData();
            WinNT.HANDLE find = k.FindFirstFileW(wide, entry);
            if (!Handles.invalid(find)) {
                Natives.kernel32().FindClose(find);
                directoryLink = entry.dwReserved0 == IO_REPARSE_TAG_SYMLINK
                        || entry.dwReserved0 == IO_REPARSE_TAG_MOUNT_POINT;
            }
        }
        if (!(directoryLink ? k.RemoveDirectoryW(wide) : k.DeleteFileW(wide))) {
            throw WinErrors.lastError(path);
        }
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        move(src, dst, srcDirFd, dstDirFd, 0);
    }

    @Override
    public void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        move(src, dst, srcDirFd, dstDirFd, MOVEFILE_REPLACE_EXISTING);
    }

    private static void move(String src, String dst, int srcDirFd, int dstDirFd, int flags) throws OsException {
        noDirFd("rename", srcDirFd);
        noDirFd("rename", dstDirFd);
        if (!Natives.kernel().MoveFileExW(new WString(src), new WString(dst), flags)) {
            throw WinErrors.lastError(src, dst);
        }
    }

    /**
     * CPython's {@code os_symlink_impl}: unprivileged where Windows allows it (developer mode), a directory link
     * where asked or where the target, resolved from the link's directory, is a directory ({@code _check_dirW}).
     */
    @Override
    public void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException {
        noDirFd("symlink", dirFd);
        int flags = targetIsDirectory || isDirectoryFrom(linkPath, target) ? Kernel.SYMBOLIC_LINK_FLAG_DIRECTORY : 0;
        Kernel k = Natives.kernel();
        WString link = new WString(linkPath);
        WString to = new WString(target);
        boolean unprivileged = unprivilegedSymlinks;
        boolean made = k.CreateSymbolicLinkW(link, to,
                flags | (unprivileged ? Kernel.SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE : 0));
        if (!made && unprivileged && WinErrors.last() == WinErrors.ERROR_INVALID_PARAMETER) {
            unprivilegedSymlinks = false;
            made = k.CreateSymbolicLinkW(link, to, flags);
        }
        if (!made) {
            throw WinErrors.lastError(target, linkPath);
        }
    }

    private static boolean isDirectoryFrom(String linkPath, String target) {
        NtPath ntpath = NtPath.PURE;
        String resolved = ntpath.isabs(target) ? target : ntpath.join(ntpath.dirname(linkPath), target);
        int attributes = Natives.kernel().GetFileAttributesW(new WString(resolved));
        return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    }

    /**
     * CPython's {@code os_readlink_impl}: a symlink's or a junction's substitute name, its NT prefix {@code \??\}
     * written {@code \\?\}; another reparse point is a {@code ValueError}.
     */
    @Override
    public String readlink(String path, int dirFd) throws OsException {
        noDirFd("readlink", dirFd);
        WinNT.HANDLE file = Natives.kernel().CreateFileW(new WString(path), 0, 0, null, WinStat.OPEN_EXISTING,
                WinStat.FILE_FLAG_OPEN_REPARSE_POINT | WinStat.FILE_FLAG_BACKUP_SEMANTICS, null);
        if (Handles.invalid(file)) {
            throw WinErrors.lastError(path);
        }
        try (Memory buffer = new Memory(Kernel.MAXIMUM_REPARSE_DATA_BUFFER_SIZE)) {
            IntByReference returned = new IntByReference();
            if (!Natives.kernel32().DeviceIoControl(file, Kernel.FSCTL_GET_REPARSE_POINT, null, 0, buffer,
                    (int) buffer.size(), returned, null)) {
                throw WinErrors.lastError(path);
            }
            return ReparseData.substituteName(buffer);
        } finally {
            Handles.close(file);
        }
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException {
        noDirFd("link", srcDirFd);
        noDirFd("link", dstDirFd);
        noFollowUnavailable("link", followSymlinks);
        if (!Natives.kernel().CreateHardLinkW(new WString(dst), new WString(src), null)) {
            throw WinErrors.lastError(src, dst);
        }
    }

    /**
     * CPython 3.13's {@code win32_lchmod} (the link's own attributes) and {@code win32_hchmod} (the file's, through
     * a handle): the mode's {@code _S_IWRITE} bit clears the read-only attribute, its absence sets it.
     */
    @Override
    public void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("chmod", dirFd);
        if (!followSymlinks) {
            Kernel k = Natives.kernel();
            WString wide = new WString(path);
            int attributes = k.GetFileAttributesW(wide);
            if (attributes == INVALID_FILE_ATTRIBUTES || !k.SetFileAttributesW(wide, withMode(attributes, mode))) {
                throw WinErrors.lastError(path);
            }
            return;
        }
        WinNT.HANDLE file = Natives.kernel().CreateFileW(new WString(path),
                WinStat.FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES, 0, null, WinStat.OPEN_EXISTING,
                WinStat.FILE_FLAG_BACKUP_SEMANTICS, null);
        if (Handles.invalid(file)) {
            throw WinErrors.lastError(path);
        }
        try {
            Structs.FileBasicInfo basic = new Structs.FileBasicInfo();
            WinDef.DWORD size = new WinDef.DWORD(basic.size());
            if (!Natives.kernel32().GetFileInformationByHandleEx(file, FILE_BASIC_INFO, basic.getPointer(), size)) {
                throw WinErrors.lastError(path);
            }
            basic.read();
            basic.FileAttributes = withMode(basic.FileAttributes, mode);
            basic.write();
            if (!Natives.kernel32().SetFileInformationByHandle(file, FILE_BASIC_INFO, basic.getPointer(), size)) {
                throw WinErrors.lastError(path);
            }
        } finally {
            Handles.close(file);
        }
    }

    private static int withMode(int attributes, int mode) {
        return (mode & S_IWRITE) != 0 ? attributes & ~FILE_ATTRIBUTE_READONLY : attributes | FILE_ATTRIBUTE_READONLY;
    }

    /** CPython's {@code os_utime_impl} on Windows: {@code SetFileTime} on a handle opened to write attributes. */
    @Override
    public void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("utime", dirFd);
        noFollowUnavailable("utime", followSymlinks);
        WinNT.HANDLE file = Natives.kernel().CreateFileW(new WString(path), FILE_WRITE_ATTRIBUTES, 0, null,
                WinStat.OPEN_EXISTING, WinStat.FILE_FLAG_BACKUP_SEMANTICS, null);
        if (Handles.invalid(file)) {
            throw WinErrors.lastError(path);
        }
        try {
            long now = timesNs == null ? WinStat.nsToTicks(nowNs()) : 0;
            WinBase.FILETIME atime = fileTime(timesNs == null ? now : WinStat.nsToTicks(timesNs[0]));
            WinBase.FILETIME mtime = fileTime(timesNs == null ? now : WinStat.nsToTicks(timesNs[1]));
            if (Natives.kernel32().SetFileTime(file, null, atime, mtime) == 0) {
                throw WinErrors.lastError(path);
            }
        } finally {
            Handles.close(file);
        }
    }

    private static long nowNs() {
        java.time.Instant now = java.time.Instant.now();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    private static WinBase.FILETIME fileTime(long ticks) {
        WinBase.FILETIME time = new WinBase.FILETIME();
        time.dwLowDateTime = (int) ticks;
        time.dwHighDateTime = (int) (ticks >>> 32);
        return time;
    }

    /** CPython's {@code os_truncate_impl} on Windows: {@code _wopen} for writing, then {@code _chsize_s}. */
    @Override
    public void truncate(String path, long length) throws OsException {
        int fd = (int) Crt.checked(u -> u._wopen(new WString(path),
                WinConstants.O_WRONLY | WinConstants.O_BINARY | WinConstants.O_NOINHERIT, 0), path);
        try {
            int error = (int) Crt.quietly(u -> u._chsize_s(fd, length));
            if (error != 0) {
                throw OsException.ofWindowsErrno(error, Natives.ucrt().strerror(error), path, null);
            }
        } finally {
            Crt.quietly(u -> u._close(fd));
        }
    }

    /** CPython's {@code NotImplementedError} for {@code follow_symlinks=False} where Windows cannot honour it. */
    private static void noFollowUnavailable(String function, boolean followSymlinks) {
        if (!followSymlinks) {
            throw Unsupported.of(function, "follow_symlinks=False is not available on Windows "
                    + "(os.supports_follow_symlinks has only stat and chmod)");
        }
    }

    static void noDirFd(String function, int dirFd) {
        if (dirFd != At.NO_DIR_FD) {
            throw Unsupported.of(function, "dir_fd is not available on Windows (os.supports_dir_fd is empty)");
        }
    }
}
