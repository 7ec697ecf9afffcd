package org.osprey.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.platform.Architecture;
import org.osprey.platform.JavaVer;
import org.osprey.platform.LibcVersion;
import org.osprey.platform.LinuxDistribution;
import org.osprey.platform.MacVer;
import org.osprey.platform.Platform;
import org.osprey.platform.PythonBuild;
import org.osprey.platform.SystemAlias;
import org.osprey.platform.UnameResult;
import org.osprey.platform.VersionTuple;
import org.osprey.platform.Win32Ver;

/**
 * {@link Platform} over one {@link Os}; the DS component of this bundle. What CPython caches per process
 * ({@code uname}, {@code os-release}) is cached per instance: a component bound to another provider asks afresh.
 */
@Component(service = Platform.class)
public final class PlatformImpl implements Platform {
    private static final Set<String> IOT_EDITIONS = Set.of("IoTUAP", "NanoServer", "WindowsCoreHeadless",
            "IoTEdgeOS");

    private final Os os;
    private volatile UnameResult uname;
    private volatile Map<String, String> osRelease;

    @Activate
    public PlatformImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public Architecture architecture() {
        return architecture(JavaRuntime.executable());
    }

    @Override
    public Architecture architecture(String executable) {
        return architecture(executable, "", "");
    }

    @Override
    public Architecture architecture(String executable, String bits, String linkage) {
        String defaultBits = bits.isEmpty() ? JavaRuntime.pointerBits() : bits;
        try (FdChannel file = open(executable)) {
            return ExecutableHeader.read(file, defaultBits, linkage);
        } catch (IOException e) {
            // as CPython, where file(1) cannot read it
            return new Architecture(defaultBits, linkage);
        }
    }

    private FdChannel open(String path) throws OsException {
        return os.fdopen(os.open(path, os.O_RDONLY()));
    }

    @Override
    public String machine() {
        return uname().machine();
    }

    @Override
    public String node() {
        return uname().node();
    }

    @Override
    public String platform() {
        return platform(false, false);
    }

    @Override
    public String platform(boolean aliased, boolean terse) {
        UnameResult u = uname();
        String system = u.system();
        String release = u.release();
        String version = u.version();
        String processor = u.machine().equals(u.processor()) ? "" : u.processor();
        if (aliased) {
            SystemAlias alias = systemAlias(system, release, version);
            system = alias.system();
            release = alias.release();
            version = alias.version();
        }
        if (system.equals("Darwin")) {
            String macos = macVer().release();
            if (!macos.isEmpty()) {
                system = "macOS";
                release = macos;
            }
        }
        if (system.equals("Windows")) {
            return terse ? PlatformString.of(system, release)
                    : PlatformString.of(system, release, version, win32Ver().csd());
        }
        if (system.equals("Linux")) {
            LibcVersion libc = libcOrNone();
            return PlatformString.of(system, release, u.machine(), processor, "with", libc.lib() + libc.version());
        }
        if (terse) {
            return PlatformString.of(system, release);
        }
        Architecture arch = architecture();
        return PlatformString.of(system, release, u.machine(), processor, arch.bits(), arch.linkage());
    }

    private LibcVersion libcOrNone() {
        try {
            return libcVer();
        } catch (OsException e) {
            return new LibcVersion("", "");
        }
    }

    @Override
    public String processor() {
        return uname().processor();
    }

    @Override
    public PythonBuild pythonBuild() {
        return JavaRuntime.build();
    }

    @Override
    public String pythonCompiler() {
        return JavaRuntime.property("java.vm.info");
    }

    @Override
    public String pythonBranch() {
        return "";
    }

    @Override
    public String pythonImplementation() {
        return JavaRuntime.property("java.vm.name");
    }

    @Override
    public String pythonRevision() {
        return JavaRuntime.revision();
    }

    @Override
    public String pythonVersion() {
        VersionTuple v = pythonVersionTuple();
        return v.major() + "." + v.minor() + "." + v.patchlevel();
    }

    @Override
    public VersionTuple pythonVersionTuple() {
        return JavaRuntime.versionTuple();
    }

    @Override
    public String release() {
        return uname().release();
    }

    @Override
    public String system() {
        return uname().system();
    }

    @Override
    public SystemAlias systemAlias(String system, String release, String version) {
        if (system.equals("SunOS")) {
            if (release.compareTo("5") < 0) {
                return new SystemAlias(system, release, version);
            }
            // the marketing release is SunOS's minus 3: SunOS 5.11 is Solaris 2.11
            String[] parts = release.split("\\.", -1);
            try {
                parts[0] = Integer.toString(Integer.parseInt(parts[0].strip()) - 3);
                release = String.join(".", parts);
            } catch (NumberFormatException e) {
                // kept as it is, as CPython does
            }
            return new SystemAlias("Solaris", release, version);
        }
        if (system.equals("win32") || system.equals("win16")) {
            return new SystemAlias("Windows", release, version);
        }
        return new SystemAlias(system, release, version);
    }

    @Override
    public String version() {
        return uname().version();
    }

    @Override
    public UnameResult uname() {
        UnameResult u = uname;
        if (u == null) {
            uname = u = readUname();
        }
        return u;
    }

    private UnameResult readUname() {
        String system;
        String node;
        String release;
        String version;
        String machine;
        try {
            org.osprey.os.UnameResult u = os.uname();
            system = u.sysname();
            node = u.nodename();
            release = u.release();
            version = u.version();
            machine = u.machine();
        } catch (OsException | UnsupportedOperationException e) {
            // a provider without uname: Linux's own copies of uname's fields, else the JDK's view of them
            node = kernelValue("hostname").orElseGet(PlatformImpl::hostName);
            if (JavaRuntime.property("os.name").startsWith("Windows")) {
                Win32Ver w = win32Ver();
                system = "Windows";
                release = w.release();
                version = w.version();
                machine = windowsMachine();
            } else {
                system = kernelValue("ostype").orElseGet(() -> JavaRuntime.property("os.name"));
                release = kernelValue("osrelease").orElseGet(() -> JavaRuntime.property("os.version"));
                version = kernelValue("version").orElse("");
                machine = kernelValue("arch").orElseGet(() -> JavaRuntime.property("os.arch"));
            }
        }
        return new UnameResult(blankIfUnknown(system), blankIfUnknown(node), blankIfUnknown(release),
                blankIfUnknown(version), blankIfUnknown(machine), blankIfUnknown(readProcessor(system, machine)));
    }

    /**
     * A field of {@code uname} as Linux also publishes it, {@code /proc/sys/kernel/ostype}, {@code hostname},
     * {@code osrelease}, {@code version} and (from Linux 6.1) {@code arch}; empty elsewhere.
     */
    private Optional<String> kernelValue(String name) {
        String path = "/proc/sys/kernel/" + name;
        if (!os.path().exists(path)) {
            return Optional.empty();
        }
        try (FdChannel file = open(path); InputStream in = file.inputStream()) {
            String value = os.fsdecode(in.readAllBytes());
            return Optional.of(value.endsWith("\n") ? value.substring(0, value.length() - 1) : value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String blankIfUnknown(String value) {
        return value.equals("unknown") ? "" : value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    private String windowsMachine() {
        Map<String, String> env = os.environ();
        return env.getOrDefault("PROCESSOR_ARCHITEW6432", env.getOrDefault("PROCESSOR_ARCHITECTURE", ""));
    }

    private String readProcessor(String system, String machine) {
        if (system.equals("Windows")) {
            return os.environ().getOrDefault("PROCESSOR_IDENTIFIER", machine);
        }
        return Commands.output(List.of("uname", "-p")).orElse("");
    }

    @Override
    public JavaVer javaVer() {
        return JavaRuntime.javaVer();
    }

    @Override
    public Win32Ver win32Ver() {
        return onWindows() ? WindowsVersion.win32Ver() : new Win32Ver("", "", "", "");
    }

    @Override
    public Optional<String> win32Edition() {
        return onWindows() ? WindowsVersion.edition() : Optional.empty();
    }

    @Override
    public boolean win32IsIot() {
        return win32Edition().filter(IOT_EDITIONS::contains).isPresent();
    }

    private boolean onWindows() {
        return os.name().equals("nt");
    }

    @Override
    public MacVer macVer() {
        MacVer none = new MacVer("", new MacVer.VersionInfo("", "", ""), "");
        if (!os.path().exists(MacVersion.PLIST)) {
            return none;
        }
        try (FdChannel plist = open(MacVersion.PLIST); InputStream in = plist.inputStream()) {
            Optional<String> release = MacVersion.productVersion(in);
            if (release.isEmpty()) {
                return none;
            }
            String machine = uname().machine();
            if (machine.equals("ppc") || machine.equals("Power Macintosh")) {
                machine = "PowerPC";
            }
            return new MacVer(release.get(), none.versioninfo(), machine);
        } catch (IOException e) {
            return none;
        }
    }

    @Override
    public LibcVersion libcVer() throws OsException {
        return libcVer(null, "", "");
    }

    @Override
    public LibcVersion libcVer(String executable) throws OsException {
        return libcVer(executable, "", "");
    }

    @Override
    public LibcVersion libcVer(String executable, String lib, String version) throws OsException {
        if (executable == null || executable.isEmpty()) {
            Optional<LibcVersion> gnu = gnuLibcVersion();
            if (gnu.isPresent()) {
                return gnu.get();
            }
            executable = JavaRuntime.executable();
        }
        try (FdChannel file = open(os.path().realpath(executable)); InputStream in = file.inputStream()) {
            return LibcScanner.scan(in, lib, version);
        } catch (OsException e) {
            throw e;
        } catch (IOException e) {
            throw new OsException(e.getMessage());
        }
    }

    /** {@code confstr("CS_GNU_LIBC_VERSION")} as {@code ("glibc", "2.36")}, where the platform has it. */
    private Optional<LibcVersion> gnuLibcVersion() {
        try {
            String value = os.confstr("CS_GNU_LIBC_VERSION");
            String[] parts = value == null ? new String[0] : value.strip().split("\\s+", 2);
            return parts.length == 2 ? Optional.of(new LibcVersion(parts[0], parts[1])) : Optional.empty();
        } catch (OsException | IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public Map<String, String> freedesktopOsRelease() throws OsException {
        Map<String, String> info = osRelease;
        if (info == null) {
            osRelease = info = readOsRelease();
        }
        return new LinkedHashMap<>(info);
    }

    private Map<String, String> readOsRelease() throws OsException {
        OsException last = null;
        for (String candidate : OsRelease.CANDIDATES) {
            try (FdChannel file = open(candidate); InputStream in = file.inputStream()) {
                return OsRelease.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            } catch (OsException e) {
                last = e;
            } catch (IOException e) {
                last = new OsException(e.getMessage());
            }
        }
        String message = "Unable to read files " + String.join(", ", OsRelease.CANDIDATES);
        if (last == null || !last.hasErrno()) {
            throw new OsException(message);
        }
        throw OsException.of(last.errno(), os.errno().name(last.errno()).orElse(null), message, null, null);
    }

    @Override
    public LinuxDistribution linuxDistribution() {
        return distribution("NAME");
    }

    @Override
    public LinuxDistribution dist() {
        return distribution("ID");
    }

    private LinuxDistribution distribution(String nameField) {
        try {
            Map<String, String> info = freedesktopOsRelease();
            return new LinuxDistribution(info.getOrDefault(nameField, ""), info.getOrDefault("VERSION_ID", ""),
                    info.getOrDefault("VERSION_CODENAME", ""));
        } catch (OsException e) {
            return new LinuxDistribution("", "", "");
        }
    }
}
