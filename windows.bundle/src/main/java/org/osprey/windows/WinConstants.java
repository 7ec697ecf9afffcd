package org.osprey.windows;

import java.util.Map;

/**
 * Windows' constants as CPython exposes them there: the UCRT's {@code O_*} (fcntl.h), the {@code SEEK_*}, the
 * {@code FILE_ATTRIBUTE_*} bits and {@code IO_REPARSE_TAG_*} values (winnt.h) that {@code stat} reports, and the
 * signals of CPython's {@code signal} module on Windows. {@code WinConstantsTest} checks them against independent
 * sources.
 */
final class WinConstants {
    private WinConstants() {
    }

    static final int O_RDONLY = 0x0000;
    static final int O_WRONLY = 0x0001;
    static final int O_RDWR = 0x0002;
    static final int O_APPEND = 0x0008;
    static final int O_RANDOM = 0x0010;
    static final int O_SEQUENTIAL = 0x0020;
    static final int O_TEMPORARY = 0x0040;
    static final int O_NOINHERIT = 0x0080;
    static final int O_CREAT = 0x0100;
    static final int O_TRUNC = 0x0200;
    static final int O_EXCL = 0x0400;
    static final int O_SHORT_LIVED = 0x1000;
    static final int O_TEXT = 0x4000;
    static final int O_BINARY = 0x8000;

    /** The {@code os.O_*} and {@code os.SEEK_*} names CPython defines on Windows. */
    static final Map<String, Integer> FD = Map.ofEntries(Map.entry("O_RDONLY", O_RDONLY),
            Map.entry("O_WRONLY", O_WRONLY), Map.entry("O_RDWR", O_RDWR), Map.entry("O_APPEND", O_APPEND),
            Map.entry("O_RANDOM", O_RANDOM), Map.entry("O_SEQUENTIAL", O_SEQUENTIAL),
            Map.entry("O_TEMPORARY", O_TEMPORARY), Map.entry("O_NOINHERIT", O_NOINHERIT),
            Map.entry("O_CREAT", O_CREAT), Map.entry("O_TRUNC", O_TRUNC), Map.entry("O_EXCL", O_EXCL),
            Map.entry("O_SHORT_LIVED", O_SHORT_LIVED), Map.entry("O_TEXT", O_TEXT), Map.entry("O_BINARY", O_BINARY),
            Map.entry("SEEK_SET", 0), Map.entry("SEEK_CUR", 1), Map.entry("SEEK_END", 2));

    static final int FILE_ATTRIBUTE_READONLY = 0x1;
    static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;
    static final int FILE_ATTRIBUTE_NORMAL = 0x80;
    static final int FILE_ATTRIBUTE_REPARSE_POINT = 0x400;
    static final int INVALID_FILE_ATTRIBUTES = -1;

    /** The {@code FILE_ATTRIBUTE_*} bits, by the names of Python's {@code stat} module. */
    static final Map<String, Integer> FILE_ATTRIBUTES = Map.ofEntries(Map.entry("FILE_ATTRIBUTE_READONLY", 0x1),
            Map.entry("FILE_ATTRIBUTE_HIDDEN", 0x2), Map.entry("FILE_ATTRIBUTE_SYSTEM", 0x4),
            Map.entry("FILE_ATTRIBUTE_DIRECTORY", 0x10), Map.entry("FILE_ATTRIBUTE_ARCHIVE", 0x20),
            Map.entry("FILE_ATTRIBUTE_DEVICE", 0x40), Map.entry("FILE_ATTRIBUTE_NORMAL", 0x80),
            Map.entry("FILE_ATTRIBUTE_TEMPORARY", 0x100), Map.entry("FILE_ATTRIBUTE_SPARSE_FILE", 0x200),
            Map.entry("FILE_ATTRIBUTE_REPARSE_POINT", 0x400), Map.entry("FILE_ATTRIBUTE_COMPRESSED", 0x800),
            Map.entry("FILE_ATTRIBUTE_OFFLINE", 0x1000), Map.entry("FILE_ATTRIBUTE_NOT_CONTENT_INDEXED", 0x2000),
            Map.entry("FILE_ATTRIBUTE_ENCRYPTED", 0x4000), Map.entry("FILE_ATTRIBUTE_INTEGRITY_STREAM", 0x8000),
            Map.entry("FILE_ATTRIBUTE_VIRTUAL", 0x10000), Map.entry("FILE_ATTRIBUTE_NO_SCRUB_DATA", 0x20000));

    static final int IO_REPARSE_TAG_MOUNT_POINT = 0xA0000003;
    static final int IO_REPARSE_TAG_SYMLINK = 0xA000000C;
    static final int IO_REPARSE_TAG_APPEXECLINK = 0x8000001B;

    /** The {@code IO_REPARSE_TAG_*} values, by the names of Python's {@code stat} module. */
    static final Map<String, Integer> REPARSE_TAGS = Map.of("IO_REPARSE_TAG_SYMLINK", IO_REPARSE_TAG_SYMLINK,
            "IO_REPARSE_TAG_MOUNT_POINT", IO_REPARSE_TAG_MOUNT_POINT,
            "IO_REPARSE_TAG_APPEXECLINK", IO_REPARSE_TAG_APPEXECLINK);

    /** {@code IsReparseTagNameSurrogate}: a link to another name (symlink, junction), not a file of its own. */
    static boolean isNameSurrogate(int tag) {
        return (tag & 0x20000000) != 0;
    }

    static final int CTRL_C_EVENT = 0;
    static final int CTRL_BREAK_EVENT = 1;

    /** CPython's {@code signal} constants on Windows (the UCRT's signal.h), and the two console events. */
    static final Map<String, Integer> SIGNALS = Map.of("SIGINT", 2, "SIGILL", 4, "SIGFPE", 8, "SIGSEGV", 11,
            "SIGTERM", 15, "SIGBREAK", 21, "SIGABRT", 22, "CTRL_C_EVENT", CTRL_C_EVENT,
            "CTRL_BREAK_EVENT", CTRL_BREAK_EVENT);
}
