package org.osprey.posix.variant.linux;

import java.util.Map;
import java.util.Set;

import com.kenai.jffi.Library;
import org.osprey.os.Supports;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.abi.MapConstants;
import org.osprey.posix.abi.UnixSocketLayout;
import org.osprey.posix.abi.SiginfoLayout;
import org.osprey.posix.abi.SpawnConstants;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.files.DeviceNumbers;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.variant.PlatformCalls;
import org.osprey.posix.variant.Variant;

/** Linux with glibc: the {@code *at} forms of mkfifo and mknod, {@code l*xattr}, dup3 and pipe2. */
public final class Linux implements Variant {
    public static final Linux VARIANT = new Linux();

    private static final DeviceNumbers DEVICES = new LinuxDevices();

    /** Linux has no {@code lchmod}: chmod cannot leave a symlink's target alone there. */
    private static final Supports SUPPORTS = new Supports(Variant.dirFdAnd(Set.of("mkfifo", "mknod")), FD,
            Set.of("access", "chown", "link", "stat", "utime"), EFFECTIVE_IDS);
    /** The bit of {@code O_TMPFILE} that is not {@code O_DIRECTORY}: open reads a mode for it too. */
    private static final int O_TMPFILE_BIT = 0x400000;

    private Linux() {
    }

    @Override
    public Supports supports() {
        return SUPPORTS;
    }

    @Override
    public Set<String> absentSymbols() {
        return Set.of("_NSGetEnviron");
    }

    @Override
    public void require(String function) {
        if (function.equals("lchmod")) {
            throw Unsupported.of("lchmod", "Linux cannot change the mode of a symlink itself (it has no lchmod, "
                    + "and Python has no os.lchmod there)");
        }
    }

    @Override
    public long environVariable(LibC libc) {
        return Library.getDefault().getSymbolAddress("environ");
    }

    @Override
    public boolean hasGetdents64() {
        return Library.getDefault().getSymbolAddress("getdents64") != 0;
    }

    @Override
    public StatvfsLayout statvfs() {
        return LinuxTables.STATVFS;
    }

    @Override
    public DeviceNumbers devices() {
        return DEVICES;
    }

    @Override
    public Map<String, Integer> pathconfNames() {
        return LinuxTables.PATHCONF;
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        return LinuxTables.Errnos.ERRNO;
    }

    @Override
    public Map<String, Integer> processConstants() {
        return LinuxTables.PROCESS;
    }

    @Override
    public Map<String, Integer> signalConstants() {
        return LinuxTables.Signals.SIGNALS;
    }

    @Override
    public MapConstants mapConstants() {
        return MapConstants.LINUX;
    }

    @Override
    public UnixSocketLayout unixSockets() {
        return UnixSocketLayout.LINUX;
    }

    @Override
    public Map<String, Integer> waitConstants() {
        return LinuxTables.Waits.WAIT;
    }

    @Override
    public boolean wifstopped(int status) {
        return (status & 0xff) == 0x7f;
    }

    @Override
    public int wstopsig(int status) {
        return (status & 0xff00) >> 8;
    }

    @Override
    public boolean wifcontinued(int status) {
        return status == 0xffff;
    }

    @Override
    public SpawnConstants spawn() {
        return LinuxTables.SPAWN;
    }

    @Override
    public int sigSetmask() {
        return 2;
    }

    @Override
    public SiginfoLayout siginfo() {
        return SiginfoLayout.LINUX_LP64;
    }

    @Override
    public ConfNames confNames() {
        return ConfNames.with(LinuxTables.SYSCONF, LinuxTables.CONFSTR);
    }

    @Override
    public void addFdConstants(Map<String, Integer> c, Abi abi) {
        LinuxTables.fdConstants(c, abi == Abi.LINUX_AARCH64);
    }

    @Override
    public long tiocgwinsz() {
        return 0x5413L;
    }

    @Override
    public int modeFlags(int oCreat) {
        return oCreat | O_TMPFILE_BIT;
    }

    @Override
    public boolean atomicCloexec() {
        return true;
    }

    @Override
    public PlatformCalls calls(NativeDoor door) {
        return door.part(LinuxCalls.class, LinuxCalls::new);
    }
}
