package org.osprey.windows;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * The Windows structures the provider reads, with fixed-width fields only (a {@code WCHAR} is a {@code short}, a
 * {@code FILETIME} its two {@code DWORD}s), so that JNA lays them out on any OS exactly as the Windows SDK does on
 * 64-bit Windows: {@code StructLayoutsTest} checks each size and offset against the SDK's on Linux.
 */
final class Structs {
    private Structs() {
    }

    /** {@code FILETIME}'s two halves as 100 ns ticks since 1601. */
    static long ticks(int low, int high) {
        return (Integer.toUnsignedLong(high) << 32) | Integer.toUnsignedLong(low);
    }

    /** A {@code WCHAR} array up to its NUL, unchanged (lone surrogates kept). */
    static String wide(short[] chars) {
        StringBuilder s = new StringBuilder(chars.length);
        for (short c : chars) {
            if (c == 0) {
                break;
            }
            s.append((char) c);
        }
        return s.toString();
    }

    /** {@code BY_HANDLE_FILE_INFORMATION} (fileapi.h): 52 bytes. */
    @Structure.FieldOrder({"dwFileAttributes", "ftCreationTimeLow", "ftCreationTimeHigh", "ftLastAccessTimeLow",
            "ftLastAccessTimeHigh", "ftLastWriteTimeLow", "ftLastWriteTimeHigh", "dwVolumeSerialNumber",
            "nFileSizeHigh", "nFileSizeLow", "nNumberOfLinks", "nFileIndexHigh", "nFileIndexLow"})
    public static final class ByHandleFileInformation extends Structure {
        public int dwFileAttributes;
        public int ftCreationTimeLow;
        public int ftCreationTimeHigh;
        public int ftLastAccessTimeLow;
        public int ftLastAccessTimeHigh;
        public int ftLastWriteTimeLow;
        public int ftLastWriteTimeHigh;
        public int dwVolumeSerialNumber;
        public int nFileSizeHigh;
        public int nFileSizeLow;
        public int nNumberOfLinks;
        public int nFileIndexHigh;
        public int nFileIndexLow;
    }

    /** {@code WIN32_FIND_DATAW} (minwinbase.h): 592 bytes. */
    @Structure.FieldOrder({"dwFileAttributes", "ftCreationTimeLow", "ftCreationTimeHigh", "ftLastAccessTimeLow",
            "ftLastAccessTimeHigh", "ftLastWriteTimeLow", "ftLastWriteTimeHigh", "nFileSizeHigh", "nFileSizeLow",
            "dwReserved0", "dwReserved1", "cFileName", "cAlternateFileName"})
    public static final class FindData extends Structure {
        public int dwFileAttributes;
        public int ftCreationTimeLow;
        public int ftCreationTimeHigh;
        public int ftLastAccessTimeLow;
        public int ftLastAccessTimeHigh;
        public int ftLastWriteTimeLow;
        public int ftLastWriteTimeHigh;
        public int nFileSizeHigh;
        public int nFileSizeLow;
        /** The reparse tag, where {@code dwFileAttributes} has {@code FILE_ATTRIBUTE_REPARSE_POINT}. */
        public int dwReserved0;
        public int dwReserved1;
        public short[] cFileName = new short[260];
        public short[] cAlternateFileName = new short[14];

        String fileName() {
            return wide(cFileName);
        }
    }

    /** {@code FILE_ATTRIBUTE_TAG_INFO} (winbase.h): 8 bytes. */
    @Structure.FieldOrder({"FileAttributes", "ReparseTag"})
    public static final class FileAttributeTagInfo extends Structure {
        public int FileAttributes;
        public int ReparseTag;
    }

    /** {@code FILE_BASIC_INFO} (winbase.h): 40 bytes, times as {@code LARGE_INTEGER} ticks. */
    @Structure.FieldOrder({"CreationTime", "LastAccessTime", "LastWriteTime", "ChangeTime", "FileAttributes"})
    public static final class FileBasicInfo extends Structure {
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public long ChangeTime;
        public int FileAttributes;
    }

    /** {@code FILE_ID_INFO} (winbase.h): 24 bytes, the 128-bit {@code FILE_ID_128} as bytes. */
    @Structure.FieldOrder({"VolumeSerialNumber", "FileId"})
    public static final class FileIdInfo extends Structure {
        public long VolumeSerialNumber;
        public byte[] FileId = new byte[16];

        /** The id's low 64 bits (little-endian), CPython's {@code st_ino}. */
        long low64() {
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (FileId[i] & 0xFF);
            }
            return v;
        }
    }

    /** {@code REPARSE_DATA_BUFFER} up to a symbolic link's {@code PathBuffer} (ntifs.h): 20 bytes. */
    @Structure.FieldOrder({"ReparseTag", "ReparseDataLength", "Reserved", "SubstituteNameOffset",
            "SubstituteNameLength", "PrintNameOffset", "PrintNameLength", "Flags"})
    public static final class SymlinkReparseHeader extends Structure {
        public int ReparseTag;
        public short ReparseDataLength;
        public short Reserved;
        public short SubstituteNameOffset;
        public short SubstituteNameLength;
        public short PrintNameOffset;
        public short PrintNameLength;
        public int Flags;

        public SymlinkReparseHeader() {
        }

        SymlinkReparseHeader(Pointer p) {
            super(p);
            read();
        }
    }

    /** {@code REPARSE_DATA_BUFFER} up to a mount point's (junction's) {@code PathBuffer} (ntifs.h): 16 bytes. */
    @Structure.FieldOrder({"ReparseTag", "ReparseDataLength", "Reserved", "SubstituteNameOffset",
            "SubstituteNameLength", "PrintNameOffset", "PrintNameLength"})
    public static final class MountPointReparseHeader extends Structure {
        public int ReparseTag;
        public short ReparseDataLength;
        public short Reserved;
        public short SubstituteNameOffset;
        public short SubstituteNameLength;
        public short PrintNameOffset;
        public short PrintNameLength;

        public MountPointReparseHeader() {
        }

        MountPointReparseHeader(Pointer p) {
            super(p);
            read();
        }
    }
}
