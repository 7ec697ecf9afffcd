package org.osprey.platform;

import java.util.Map;
import java.util.Optional;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.platform.internal.PlatformImpl;

/**
 * Python's {@code platform} module over the {@link Os} API and the running JVM. {@link #get()} serves the running
 * platform's {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 *
 * <p>The OS's values are read, never guessed: {@code uname} from the provider ({@code os.uname()}; on a provider
 * without it, Linux's {@code /proc/sys/kernel} copies of the same fields, else the JDK's {@code os.name},
 * {@code os.version}, {@code os.arch} and the host name), the
 * processor from {@code uname -p} as CPython asks it, the C library and the executable format from the bytes of
 * a binary, the distribution from {@code os-release}. Where Python describes the running Python (the default
 * executable, {@code python_*}), this describes the running Java runtime and its {@code java} binary. Values are
 * computed once per instance, as CPython caches them per process.
 */
public interface Platform {
    /** {@code platform} over {@link Os#get()}. */
    static Platform get() {
        return of(Os.get());
    }

    /** {@code platform} over the given {@code os}. */
    static Platform of(Os os) {
        return new PlatformImpl(os);
    }

    /** {@code platform.architecture()}: of the running JVM's {@code java} binary (Python's {@code sys.executable}). */
    Architecture architecture();

    /** {@code platform.architecture(executable)}. */
    Architecture architecture(String executable);

    /**
     * {@code platform.architecture(executable, bits, linkage)}: bits ({@code "32bit"}, {@code "64bit"}) and linkage
     * ({@code "ELF"}, {@code "Mach-O"}, {@code "WindowsPE"}, {@code "PE"}) read from the file's own ELF, Mach-O or
     * PE header. What the header cannot tell (another format, an ELF object that is neither an executable nor a
     * shared object, a file that cannot be read) is {@code bits} and {@code linkage} as given, an empty
     * {@code bits} meaning the running JVM's pointer size.
     */
    Architecture architecture(String executable, String bits, String linkage);

    /** {@code platform.machine()}: {@code uname}'s machine ({@code "x86_64"}), or {@code ""}. */
    String machine();

    /** {@code platform.node()}: the network name ({@code uname}'s nodename), or {@code ""}. */
    String node();

    /** {@code platform.platform()}: {@code platform(false, false)}. */
    String platform();

    /**
     * {@code platform.platform(aliased, terse)}: one string naming the platform, as CPython 3.13 builds it
     * ({@code Linux-6.1.0-13-amd64-x86_64-with-glibc2.36}; on macOS {@code macOS-14.1-arm64-arm-64bit}).
     */
    String platform(boolean aliased, boolean terse);

    /** {@code platform.processor()}: {@code uname -p} where that answers, else {@code ""} (on Windows the CPU's name). */
    String processor();

    /** {@code platform.python_build()}: the Java runtime's build number and date ({@code ("6", "2025-04-15")}). */
    PythonBuild pythonBuild();

    /** {@code platform.python_compiler()}: the running JVM's JIT compiler ({@code "HotSpot 64-Bit Tiered Compilers"}). */
    String pythonCompiler();

    /** {@code platform.python_branch()}: {@code ""}: the Java runtime records no source branch. */
    String pythonBranch();

    /** {@code platform.python_implementation()}: the running JVM's name ({@code "OpenJDK 64-Bit Server VM"}). */
    String pythonImplementation();

    /** {@code platform.python_revision()}: the runtime version's additional build information, or {@code ""}. */
    String pythonRevision();

    /** {@code platform.python_version()}: the Java runtime's {@code major.minor.patchlevel} ({@code "17.0.15"}). */
    String pythonVersion();

    /** {@code platform.python_version_tuple()}: {@link #pythonVersion()} as three strings. */
    VersionTuple pythonVersionTuple();

    /** {@code platform.release()}: {@code uname}'s release, or {@code ""}. */
    String release();

    /** {@code platform.system()}: {@code "Linux"}, {@code "Darwin"}, {@code "Windows"}..., or {@code ""}. */
    String system();

    /** {@code platform.system_alias(system, release, version)}: marketing names (SunOS 5 is Solaris 2). */
    SystemAlias systemAlias(String system, String release, String version);

    /** {@code platform.version()}: {@code uname}'s version, or {@code ""}. */
    String version();

    /** {@code platform.uname()}: the five fields of {@code os.uname()} and {@link #processor()}. */
    UnameResult uname();

    /**
     * {@code platform.java_ver()} (deprecated in Python 3.13, for Jython): here with a real meaning, the running
     * runtime's {@code java.version}, {@code java.vendor}, VM and OS properties.
     */
    JavaVer javaVer();

    /**
     * {@code platform.win32_ver()}: on Windows the release ({@code "10"}), version ({@code "10.0.19045"}), service
     * pack and build type, from {@code ver} and the registry as CPython's fallback reads them; off Windows all
     * {@code ""}.
     */
    Win32Ver win32Ver();

    /** {@code platform.win32_edition()}: the registry's {@code EditionID} on Windows; empty elsewhere. */
    Optional<String> win32Edition();

    /** {@code platform.win32_is_iot()}: whether {@link #win32Edition()} is one of the IoT editions. */
    boolean win32IsIot();

    /** {@code platform.mac_ver()}: from {@code SystemVersion.plist} on macOS; all {@code ""} elsewhere. */
    MacVer macVer();

    /** {@code platform.libc_ver()}: {@code confstr("CS_GNU_LIBC_VERSION")} where it answers, else that of the running JVM's {@code java} binary. */
    LibcVersion libcVer() throws OsException;

    /** {@code platform.libc_ver(executable)}. */
    LibcVersion libcVer(String executable) throws OsException;

    /**
     * {@code platform.libc_ver(executable, lib, version)}: the C library the binary links against, found in its
     * bytes as CPython finds it (the highest {@code GLIBC_x.y} symbol version, else {@code libc.so.N}, else
     * {@code __libc_init}); {@code lib} and {@code version} as given where nothing is found.
     *
     * @throws OsException when the file cannot be read
     */
    LibcVersion libcVer(String executable, String lib, String version) throws OsException;

    /**
     * {@code platform.freedesktop_os_release()}: {@code /etc/os-release}, else {@code /usr/lib/os-release}, as
     * CPython parses it ({@code NAME}, {@code ID} and {@code PRETTY_NAME} default to Linux's); a fresh map each call.
     *
     * @throws OsException the last file's error when neither can be read
     */
    Map<String, String> freedesktopOsRelease() throws OsException;

    /**
     * {@code platform.linux_distribution()} (removed in Python 3.8; {@link #freedesktopOsRelease()} replaces it):
     * {@code (NAME, VERSION_ID, VERSION_CODENAME)} from {@code os-release}, each {@code ""} where missing, all
     * {@code ""} where no {@code os-release} can be read.
     */
    LinuxDistribution linuxDistribution();

    /** {@code platform.dist()} (removed in Python 3.8): {@code (ID, VERSION_ID, VERSION_CODENAME)}, as above. */
    LinuxDistribution dist();
}
