package org.osprey.posix.abi;

import java.util.Optional;

import org.osprey.posix.variant.Variant;
import org.osprey.posix.variant.darwin.Darwin;
import org.osprey.posix.variant.linux.Linux;

/**
 * The binary facts of one OS and CPU that the provider relies on: structure layouts and the flag values of
 * the {@code *at} calls and {@code open}. Only ABIs written out here are served; any other makes the provider
 * unusable rather than read a structure at the wrong offsets.
 */
public enum Abi {
    LINUX_X86_64(Os.LINUX, StatLayout.LINUX_X86_64, 0x10000),
    LINUX_AARCH64(Os.LINUX, StatLayout.LINUX_AARCH64, 0x4000),
    DARWIN_AARCH64(Os.DARWIN, StatLayout.DARWIN_INODE64, 0x100000),
    /** Intel macOS: 64-bit inode structures only through the {@code $INODE64} symbol variants. */
    DARWIN_X86_64(Os.DARWIN, StatLayout.DARWIN_INODE64, 0x100000);

    private enum Os {
        LINUX(-100, 0x100, 0x400, 0x200, 0x200, 0x80000, 1030, DirentLayout.LINUX, PasswdLayout.LINUX, 65,
                Linux.VARIANT),
        DARWIN(-2, 0x20, 0x40, 0x80, 0x10, 0x1000000, 67, DirentLayout.DARWIN_INODE64, PasswdLayout.DARWIN, 256,
                Darwin.VARIANT);

        final int atFdcwd;
        final int atSymlinkNofollow;
        final int atSymlinkFollow;
        final int atRemovedir;
        final int atEaccess;
        final int oCloexec;
        final int fDupfdCloexec;
        final DirentLayout dirent;
        final PasswdLayout passwd;
        final int utsnameField;
        final Variant variant;

        Os(int atFdcwd, int atSymlinkNofollow, int atSymlinkFollow, int atRemovedir, int atEaccess, int oCloexec,
                int fDupfdCloexec, DirentLayout dirent, PasswdLayout passwd, int utsnameField, Variant variant) {
            this.atFdcwd = atFdcwd;
            this.atSymlinkNofollow = atSymlinkNofollow;
            this.atSymlinkFollow = atSymlinkFollow;
            this.atRemovedir = atRemovedir;
            this.atEaccess = atEaccess;
            this.oCloexec = oCloexec;
            this.fDupfdCloexec = fDupfdCloexec;
            this.dirent = dirent;
            this.passwd = passwd;
            this.utsnameField = utsnameField;
            this.variant = variant;
        }
    }

    public static final int O_RDONLY = 0;
    public static final int SEEK_SET = 0;
    public static final int SEEK_CUR = 1;

    private final Os os;
    private final StatLayout stat;
    private final int oDirectory;

    Abi(Os os, StatLayout stat, int oDirectory) {
        this.os = os;
        this.stat = stat;
        this.oDirectory = oDirectory;
    }

    /**
     * The ABI for an {@code os.name} and {@code os.arch} as the JVM reports them, if it is one served here.
     */
    public static Optional<Abi> of(String osName, String osArch) {
        boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
        boolean arm64 = osArch.equals("aarch64") || osArch.equals("arm64");
        if (osName.equals("Linux")) {
            return x64 ? Optional.of(LINUX_X86_64) : arm64 ? Optional.of(LINUX_AARCH64) : Optional.empty();
        }
        if (osName.startsWith("Mac OS X") || osName.startsWith("Darwin")) {
            return x64 ? Optional.of(DARWIN_X86_64) : arm64 ? Optional.of(DARWIN_AARCH64) : Optional.empty();
        }
        return Optional.empty();
    }

    /** What differs between the systems served beyond this ABI's layouts and flags. */
    public Variant variant() {
        return os.variant;
    }

    public StatLayout stat() {
        return stat;
    }

    public DirentLayout dirent() {
        return os.dirent;
    }

    public PasswdLayout passwd() {
        return os.passwd;
    }

    /** The size of each of the five fields of {@code struct utsname} (Linux has a sixth, unused here). */
    public int utsnameField() {
        return os.utsnameField;
    }

    public int atFdcwd() {
        return os.atFdcwd;
    }

    public int atSymlinkNofollow() {
        return os.atSymlinkNofollow;
    }

    public int atSymlinkFollow() {
        return os.atSymlinkFollow;
    }

    public int atRemovedir() {
        return os.atRemovedir;
    }

    public int atEaccess() {
        return os.atEaccess;
    }

    public int oCloexec() {
        return os.oCloexec;
    }

    public int oDirectory() {
        return oDirectory;
    }

    public int fDupfdCloexec() {
        return os.fDupfdCloexec;
    }
}
