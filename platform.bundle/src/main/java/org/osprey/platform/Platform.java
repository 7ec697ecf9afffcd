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
    /**
     * {@return {@code platform} over {@link Os#get()}}
     *
     * @throws org.osprey.os.NoProviderException while no provider serves, as {@link Os#get()}
     */
    static Platform get() {
        return of(Os.get());
    }

    /**
     * {@return {@code platform} over the given {@code os}}
     *
     * @param os the {@code os} whose provider answers {@code uname}, {@code confstr} and the file reads
     */
    static Platform of(Os os) {
        return new PlatformImpl(os);
    }

    /**
     * {@return the bits and linkage of the running JVM's {@code java} binary} The binary stands where Python reads
     * {@code sys.executable}. Mirrors {@code platform.architecture()}.
     */
    Architecture architecture();

    /**
     * {@return the bits and linkage of {@code executable}, as {@link #architecture(String, String, String)} with
     * {@code bits} and {@code linkage} empty} Mirrors {@code platform.architecture(executable)}.
     *
     * @param executable the binary to read
     */
    Architecture architecture(String executable);

    /**
     * Reads bits ({@code "32bit"}, {@code "64bit"}) and linkage ({@code "ELF"}, {@code "Mach-O"},
     * {@code "WindowsPE"}, {@code "PE"}) from the file's own ELF, Mach-O or PE header. What the header cannot tell
     * (another format, an ELF object that is neither an executable nor a shared object, a file that cannot be
     * read) is {@code bits} and {@code linkage} as given. Mirrors
     * {@code platform.architecture(executable, bits, linkage)}.
     *
     * @param executable the binary to read
     * @param bits       the bits where the header does not tell; {@code ""} means the running JVM's pointer size
     * @param linkage    the linkage where the header does not tell
     * @return the file's {@code (bits, linkage)}
     */
    Architecture architecture(String executable, String bits, String linkage);

    /** {@return {@code uname}'s machine ({@code "x86_64"}), or {@code ""}} Mirrors {@code platform.machine()}. */
    String machine();

    /** {@return the network name ({@code uname}'s nodename), or {@code ""}} Mirrors {@code platform.node()}. */
    String node();

    /** {@return {@link #platform(boolean, boolean) platform(false, false)}} Mirrors {@code platform.platform()}. */
    String platform();

    /**
     * {@return one string naming the platform, as CPython 3.13 builds it}
     * ({@code Linux-6.1.0-13-amd64-x86_64-with-glibc2.36}; on macOS {@code macOS-14.1-arm64-arm-64bit}). Mirrors
     * {@code platform.platform(aliased, terse)}.
     *
     * @param aliased whether to name the system by {@link #systemAlias(String, String, String)}
     * @param terse   whether to give only the least needed to identify the platform
     */
    String platform(boolean aliased, boolean terse);

    /**
     * {@return {@code uname -p} where that answers, else {@code ""}} On Windows the CPU's name. Mirrors
     * {@code platform.processor()}.
     */
    String processor();

    /**
     * {@return the Java runtime's build number and date ({@code ("6", "2025-04-15")})} Mirrors
     * {@code platform.python_build()}.
     */
    PythonBuild pythonBuild();

    /**
     * {@return the running JVM's JIT compiler ({@code "HotSpot 64-Bit Tiered Compilers"})} Mirrors
     * {@code platform.python_compiler()}.
     */
    String pythonCompiler();

    /** {@return {@code ""}: the Java runtime records no source branch} Mirrors {@code platform.python_branch()}. */
    String pythonBranch();

    /**
     * {@return the running JVM's name ({@code "OpenJDK 64-Bit Server VM"})} Mirrors
     * {@code platform.python_implementation()}.
     */
    String pythonImplementation();

    /**
     * {@return the runtime version's additional build information, or {@code ""}} Mirrors
     * {@code platform.python_revision()}.
     */
    String pythonRevision();

    /**
     * {@return the Java runtime's {@code major.minor.patchlevel} ({@code "17.0.15"})} Mirrors
     * {@code platform.python_version()}.
     */
    String pythonVersion();

    /** {@return {@link #pythonVersion()} as three strings} Mirrors {@code platform.python_version_tuple()}. */
    VersionTuple pythonVersionTuple();

    /** {@return {@code uname}'s release, or {@code ""}} Mirrors {@code platform.release()}. */
    String release();

    /**
     * {@return {@code "Linux"}, {@code "Darwin"}, {@code "Windows"}..., or {@code ""}} Mirrors
     * {@code platform.system()}.
     */
    String system();

    /**
     * {@return the marketing names of a system, release and version} (SunOS 5 is Solaris 2); others as given.
     * Mirrors {@code platform.system_alias(system, release, version)}.
     *
     * @param system  as {@link #system()} gives it
     * @param release as {@link #release()} gives it
     * @param version as {@link #version()} gives it
     */
    SystemAlias systemAlias(String system, String release, String version);

    /** {@return {@code uname}'s version, or {@code ""}} Mirrors {@code platform.version()}. */
    String version();

    /**
     * {@return the five fields of {@code os.uname()} and {@link #processor()}} Mirrors {@code platform.uname()}.
     */
    UnameResult uname();

    /**
     * {@return the running runtime's {@code java.version}, {@code java.vendor}, VM and OS properties} Mirrors
     * {@code platform.java_ver()}, deprecated in Python 3.13 (it served Jython), here with a real meaning.
     */
    JavaVer javaVer();

    /**
     * {@return on Windows the release ({@code "10"}), version ({@code "10.0.19045"}), service pack and build type;
     * off Windows all {@code ""}} They are read from {@code ver} and the registry as CPython's fallback reads them.
     * Mirrors {@code platform.win32_ver()}.
     */
    Win32Ver win32Ver();

    /**
     * {@return the registry's {@code EditionID} on Windows; empty elsewhere} Mirrors
     * {@code platform.win32_edition()}.
     */
    Optional<String> win32Edition();

    /**
     * {@return whether {@link #win32Edition()} is one of the IoT editions} Mirrors {@code platform.win32_is_iot()}.
     */
    boolean win32IsIot();

    /**
     * {@return the macOS version from {@code SystemVersion.plist} on macOS; all {@code ""} elsewhere} Mirrors
     * {@code platform.mac_ver()}.
     */
    MacVer macVer();

    /**
     * {@return {@code confstr("CS_GNU_LIBC_VERSION")} where it answers, else the C library of the running JVM's
     * {@code java} binary, as {@link #libcVer(String, String, String)} finds it} Mirrors
     * {@code platform.libc_ver()}.
     *
     * @throws OsException when the {@code java} binary must be read and cannot be
     */
    LibcVersion libcVer() throws OsException;

    /**
     * {@return the C library {@code executable} links against, as {@link #libcVer(String, String, String)} with
     * {@code lib} and {@code version} empty} Mirrors {@code platform.libc_ver(executable)}.
     *
     * @param executable the binary to read; {@code null} or {@code ""} as {@link #libcVer()}
     * @throws OsException when the file cannot be read
     */
    LibcVersion libcVer(String executable) throws OsException;

    /**
     * Finds the C library the binary links against in its bytes, as CPython finds it: the highest
     * {@code GLIBC_x.y} symbol version, else {@code libc.so.N}, else {@code __libc_init}. Mirrors
     * {@code platform.libc_ver(executable, lib, version)}.
     *
     * @param executable the binary to read; {@code null} or {@code ""} as {@link #libcVer()}
     * @param lib        the library's name where nothing is found
     * @param version    its version where nothing is found
     * @return the binary's {@code (lib, version)}
     * @throws OsException when the file cannot be read
     */
    LibcVersion libcVer(String executable, String lib, String version) throws OsException;

    /**
     * {@return {@code /etc/os-release}, else {@code /usr/lib/os-release}, as CPython parses it; a fresh map each
     * call} {@code NAME}, {@code ID} and {@code PRETTY_NAME} default to Linux's. Mirrors
     * {@code platform.freedesktop_os_release()}.
     *
     * @throws OsException the last file's error when neither can be read
     */
    Map<String, String> freedesktopOsRelease() throws OsException;

    /**
     * {@return {@code (NAME, VERSION_ID, VERSION_CODENAME)} from {@code os-release}, each {@code ""} where missing,
     * all {@code ""} where no {@code os-release} can be read} Mirrors {@code platform.linux_distribution()},
     * removed in Python 3.8; {@link #freedesktopOsRelease()} replaces it.
     */
    LinuxDistribution linuxDistribution();

    /**
     * {@return {@code (ID, VERSION_ID, VERSION_CODENAME)}, as {@link #linuxDistribution()}} Mirrors
     * {@code platform.dist()}, removed in Python 3.8.
     */
    LinuxDistribution dist();
}
