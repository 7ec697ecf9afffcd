package org.osprey.posix.variant.darwin;

import java.util.Map;
import java.util.Set;

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

/** macOS: {@code lchmod} and BSD file flags, but no {@code *at} mkfifo/mknod (before 13) and no Linux extras. */
public final class Darwin implements Variant {
    public static final Darwin VARIANT = new Darwin();
    /** {@code _SIGCONT}, which a "stopped" status carries when the child was continued. */
    private static final int SIGCONT = 0x13;


    private static final DeviceNumbers DEVICES = new DarwinDevices();

    private static final Supports SUPPORTS = new Supports(DIR_FD, FD, Set.of("access", "chflags", "chmod", "chown",
            "link", "stat", "utime"), EFFECTIVE_IDS);
    /** Functions macOS lacks, as Python's {@code os} there lacks them. */
    private static final Set<String> LINUX_ONLY = Set.of("getrandom", "getresuid", "getresgid", "setresuid",
            "setresgid", "sched_getaffinity", "sched_setaffinity", "sched_getscheduler", "sched_setscheduler",
            "sched_getparam", "sched_setparam", "sched_rr_get_interval");

    private Darwin() {
    }

    @Override
    public Supports supports() {
        return SUPPORTS;
    }

    @Override
    public Set<String> absentSymbols() {
        return LINUX_ONLY;
    }

    @Override
    public void require(String function) {
        if (LINUX_ONLY.contains(function)) {
            throw Unsupported.of(function, "Linux only");
        }
    }

    @Override
    public long environVariable(LibC libc) {
        return libc._NSGetEnviron();
    }

    @Override
    public boolean hasGetdents64() {
        return false;
    }

    @Override
    public StatvfsLayout statvfs() {
        return DarwinTables.STATVFS;
    }

    @Override
    public DeviceNumbers devices() {
        return DEVICES;
    }

    @Override
    public Map<String, Integer> pathconfNames() {
        return DarwinTables.PATHCONF;
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        return DarwinTables.Errnos.ERRNO;
    }

    @Override
    public Map<String, Integer> processConstants() {
        return DarwinTables.PROCESS;
    }

    @Override
    public Map<String, Integer> signalConstants() {
        return DarwinTables.Signals.SIGNALS;
    }

    @Override
    public MapConstants mapConstants() {
        return MapConstants.DARWIN;
    }

    @Override
    public UnixSocketLayout unixSockets() {
        return UnixSocketLayout.DARWIN;
    }

    @Override
    public Map<String, Integer> waitConstants() {
        return DarwinTables.Waits.WAIT;
    }

    @Override
    public boolean wifstopped(int status) {
        return (status & 0x7f) == 0x7f && wstopsig(status) != SIGCONT;
    }

    @Override
    public int wstopsig(int status) {
        return status >> 8; // unmasked, as <sys/wait.h> has it
    }

    @Override
    public boolean wifcontinued(int status) {
        return (status & 0x7f) == 0x7f && wstopsig(status) == SIGCONT;
    }

    @Override
    public SpawnConstants spawn() {
        return DarwinTables.SPAWN;
    }

    @Override
    public int sigSetmask() {
        return 3;
    }

    @Override
    public SiginfoLayout siginfo() {
        return SiginfoLayout.DARWIN;
    }

    @Override
    public ConfNames confNames() {
        return ConfNames.with(DarwinTables.SYSCONF, DarwinTables.CONFSTR);
    }

    @Override
    public void addFdConstants(Map<String, Integer> c, Abi abi) {
        DarwinTables.fdConstants(c);
    }

    @Override
    public long tiocgwinsz() {
        return 0x40087468L;
    }

    @Override
    public int modeFlags(int oCreat) {
        return oCreat;
    }

    @Override
    public boolean atomicCloexec() {
        return false;
    }

    @Override
    public PlatformCalls calls(NativeDoor door) {
        return door.part(DarwinCalls.class, DarwinCalls::new);
    }
}
