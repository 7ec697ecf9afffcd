package org.osprey.os;

/**
 * Python's {@code stat} module: the file-type and permission bits of {@code st_mode}, and the BSD file flags of
 * {@code st_flags}. These values are the same on every POSIX system Osprey serves and are what Python uses on
 * Windows too.
 */
public final class Stat {
    private Stat() {
    }

    /** {@code stat.S_IFMT}: the file type bits of a mode. */
    public static final int S_IFMT = 0170000;
    /** {@code stat.S_IFSOCK}: file type: socket. */
    public static final int S_IFSOCK = 0140000;
    /** {@code stat.S_IFLNK}: file type: symbolic link. */
    public static final int S_IFLNK = 0120000;
    /** {@code stat.S_IFREG}: file type: regular file. */
    public static final int S_IFREG = 0100000;
    /** {@code stat.S_IFBLK}: file type: block device. */
    public static final int S_IFBLK = 0060000;
    /** {@code stat.S_IFDIR}: file type: directory. */
    public static final int S_IFDIR = 0040000;
    /** {@code stat.S_IFCHR}: file type: character device. */
    public static final int S_IFCHR = 0020000;
    /** {@code stat.S_IFIFO}: file type: fifo. */
    public static final int S_IFIFO = 0010000;

    /** {@code stat.S_ISUID}: set user id on execution. */
    public static final int S_ISUID = 04000;
    /** {@code stat.S_ISGID}: set group id on execution. */
    public static final int S_ISGID = 02000;
    /** {@code stat.S_ISVTX}: sticky bit. */
    public static final int S_ISVTX = 01000;
    /** {@code stat.S_IRWXU}: owner may read, write and execute. */
    public static final int S_IRWXU = 0700;
    /** {@code stat.S_IRUSR}: owner may read. */
    public static final int S_IRUSR = 0400;
    /** {@code stat.S_IWUSR}: owner may write. */
    public static final int S_IWUSR = 0200;
    /** {@code stat.S_IXUSR}: owner may execute. */
    public static final int S_IXUSR = 0100;
    /** {@code stat.S_IRWXG}: group may read, write and execute. */
    public static final int S_IRWXG = 070;
    /** {@code stat.S_IRGRP}: group may read. */
    public static final int S_IRGRP = 040;
    /** {@code stat.S_IWGRP}: group may write. */
    public static final int S_IWGRP = 020;
    /** {@code stat.S_IXGRP}: group may execute. */
    public static final int S_IXGRP = 010;
    /** {@code stat.S_IRWXO}: others may read, write and execute. */
    public static final int S_IRWXO = 07;
    /** {@code stat.S_IROTH}: others may read. */
    public static final int S_IROTH = 04;
    /** {@code stat.S_IWOTH}: others may write. */
    public static final int S_IWOTH = 02;
    /** {@code stat.S_IXOTH}: others may execute. */
    public static final int S_IXOTH = 01;

    // The BSD file flags of st_flags and os.chflags, which Python's stat module defines on every OS; the values
    // are macOS's <sys/stat.h>. As there, they are a C u_int: SF_SETTABLE is negative as a Java int.
    /** {@code stat.UF_SETTABLE}: the flags the owner may change. */
    public static final int UF_SETTABLE = 0x0000ffff;
    /** {@code stat.UF_NODUMP}: do not dump the file. */
    public static final int UF_NODUMP = 0x00000001;
    /** {@code stat.UF_IMMUTABLE}: the file may not be changed. */
    public static final int UF_IMMUTABLE = 0x00000002;
    /** {@code stat.UF_APPEND}: the file may only be appended to. */
    public static final int UF_APPEND = 0x00000004;
    /** {@code stat.UF_OPAQUE}: the directory is opaque when seen through a union stack. */
    public static final int UF_OPAQUE = 0x00000008;
    /** {@code stat.UF_NOUNLINK}: the file may not be renamed or deleted. */
    public static final int UF_NOUNLINK = 0x00000010;
    /** {@code stat.UF_COMPRESSED}: the file is stored compressed (macOS). */
    public static final int UF_COMPRESSED = 0x00000020;
    /** {@code stat.UF_TRACKED}: renames and deletes are tracked (macOS). */
    public static final int UF_TRACKED = 0x00000040;
    /** {@code stat.UF_DATAVAULT}: entitlement needed to read or write (macOS). */
    public static final int UF_DATAVAULT = 0x00000080;
    /** {@code stat.UF_HIDDEN}: hidden from the GUI (macOS). */
    public static final int UF_HIDDEN = 0x00008000;
    /** {@code stat.SF_SETTABLE}: the flags the superuser may change. */
    public static final int SF_SETTABLE = 0xffff0000;
    /** {@code stat.SF_ARCHIVED}: the file is archived. */
    public static final int SF_ARCHIVED = 0x00010000;
    /** {@code stat.SF_IMMUTABLE}: the file may not be changed. */
    public static final int SF_IMMUTABLE = 0x00020000;
    /** {@code stat.SF_APPEND}: the file may only be appended to. */
    public static final int SF_APPEND = 0x00040000;
    /** {@code stat.SF_RESTRICTED}: entitlement needed to write (macOS). */
    public static final int SF_RESTRICTED = 0x00080000;
    /** {@code stat.SF_NOUNLINK}: the file may not be renamed or deleted. */
    public static final int SF_NOUNLINK = 0x00100000;
    /** {@code stat.SF_SNAPSHOT}: the file is a snapshot file. */
    public static final int SF_SNAPSHOT = 0x00200000;
    /** {@code stat.SF_FIRMLINK}: the file is a firmlink (macOS). */
    public static final int SF_FIRMLINK = 0x00800000;
    /** {@code stat.SF_DATALESS}: the file is a dataless object (macOS). */
    public static final int SF_DATALESS = 0x40000000;

    /**
     * {@return the file type bits of {@code mode}} Mirrors {@code stat.S_IFMT(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static int S_IFMT(int mode) {
        return mode & S_IFMT;
    }

    /**
     * {@return the permission bits of {@code mode}, with set-id and sticky bits} Mirrors {@code stat.S_IMODE(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static int S_IMODE(int mode) {
        return mode & 07777;
    }

    /**
     * {@return whether {@code mode} is a directory's} Mirrors {@code stat.S_ISDIR(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISDIR(int mode) {
        return (mode & S_IFMT) == S_IFDIR;
    }

    /**
     * {@return whether {@code mode} is a regular file's} Mirrors {@code stat.S_ISREG(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISREG(int mode) {
        return (mode & S_IFMT) == S_IFREG;
    }

    /**
     * {@return whether {@code mode} is a symbolic link's} Mirrors {@code stat.S_ISLNK(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISLNK(int mode) {
        return (mode & S_IFMT) == S_IFLNK;
    }

    /**
     * {@return whether {@code mode} is a character device's} Mirrors {@code stat.S_ISCHR(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISCHR(int mode) {
        return (mode & S_IFMT) == S_IFCHR;
    }

    /**
     * {@return whether {@code mode} is a block device's} Mirrors {@code stat.S_ISBLK(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISBLK(int mode) {
        return (mode & S_IFMT) == S_IFBLK;
    }

    /**
     * {@return whether {@code mode} is a fifo's} Mirrors {@code stat.S_ISFIFO(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISFIFO(int mode) {
        return (mode & S_IFMT) == S_IFIFO;
    }

    /**
     * {@return whether {@code mode} is a socket's} Mirrors {@code stat.S_ISSOCK(mode)}.
     *
     * @param mode a file mode, as {@link StatResult#mode()}
     */
    public static boolean S_ISSOCK(int mode) {
        return (mode & S_IFMT) == S_IFSOCK;
    }
}
