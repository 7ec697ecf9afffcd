package org.osprey.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * {@code platform} against CPython 3.13's on the same machine, wherever the two can agree: the OS's names and
 * versions, {@code os-release}, and what the same binary (the running {@code java}) tells. On a provider without
 * {@code uname} (the pure-Java one) the fields come from {@code /proc/sys/kernel}, else the JDK.
 */
class PlatformCrossCheckTest {
    private static final Python.Interpreter PYTHON = Python.require313();
    private final Os os = Os.get();
    private final Platform platform = Platform.of(os);
    private final String java = ProcessHandle.current().info().command().orElseThrow();

    private boolean providerHasUname() {
        try {
            os.uname();
            return true;
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return false;
        }
    }

    private List<String> python(String expressions) {
        return PYTHON.lines("import platform, sys, warnings\nwarnings.simplefilter('ignore')\nexe = sys.argv[1]\n"
                + "for e in " + expressions + ":\n    print(repr(e))", java);
    }

    private static String tuple(Object... parts) {
        if (parts.length == 1) {
            return "(" + repr(parts[0]) + ",)";
        }
        return "(" + Arrays.stream(parts).map(PlatformCrossCheckTest::repr)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String repr(Object o) {
        return o instanceof String s ? "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'" : String.valueOf(o);
    }

    @Test
    void unameAgrees() {
        UnameResult u = platform.uname();
        if (providerHasUname()) {
            assertEquals(python("[tuple(platform.uname()), platform.system(), platform.node(), platform.release(),"
                    + " platform.version(), platform.machine(), platform.processor()]"),
                    List.of(tuple(u.system(), u.node(), u.release(), u.version(), u.machine(), u.processor()),
                            repr(platform.system()), repr(platform.node()), repr(platform.release()),
                            repr(platform.version()), repr(platform.machine()), repr(platform.processor())));
        } else if (Files.exists(Path.of("/proc/sys/kernel/arch"))) {
            // Linux publishes uname's fields in /proc/sys/kernel too (arch from Linux 6.1)
            assertEquals(python("[tuple(platform.uname())]"), List.of(tuple(u.system(), u.node(), u.release(),
                    u.version(), u.machine(), u.processor())));
        } else {
            assertEquals(python("[platform.system(), platform.node(), platform.release(), platform.processor()]"),
                    List.of(repr(platform.system()), repr(platform.node()), repr(platform.release()),
                            repr(platform.processor())));
            assertEquals(System.getProperty("os.arch"), platform.machine());
        }
    }

    @Test
    void platformStringAgrees() throws Exception {
        if (providerHasUname()) {
            assertEquals(python("[platform.platform(), platform.platform(terse=True), platform.platform(aliased=True),"
                    + " platform.platform(True, True)]"),
                    List.of(repr(platform.platform()), repr(platform.platform(false, true)),
                            repr(platform.platform(true, false)), repr(platform.platform(true, true))));
        } else {
            // without confstr the C library is read from the java binary
            LibcVersion libc = platform.libcVer(java);
            assertEquals(String.join("-", platform.system(), platform.release(), platform.machine(), "with",
                    libc.lib() + libc.version()), platform.platform());
        }
    }

    @Test
    void libcAndArchitectureOfTheSameBinaries() throws Exception {
        List<String> binaries = List.of(java, "/bin/ls", PYTHON.executable(), System.getProperty("java.home")
                + "/lib/server/libjvm.so", "/etc/os-release", "/", "/no/such/file");
        List<String> expected = new ArrayList<>();
        for (String binary : binaries) {
            Architecture a = platform.architecture(binary);
            expected.add(tuple(a.bits(), a.linkage()));
            a = platform.architecture(binary, "16bit", "x");
            expected.add(tuple(a.bits(), a.linkage()));
        }
        List<String> args = binaries.stream().map(PlatformCrossCheckTest::repr).toList();
        assertEquals(PYTHON.lines("import platform, sys\nfor b in " + args + ":\n"
                + "    print(repr(platform.architecture(b)))\n    print(repr(platform.architecture(b, '16bit', 'x')))"),
                expected);
        assertEquals(python("[platform.architecture(exe)]"), List.of(tuple(platform.architecture().bits(),
                platform.architecture().linkage())));
        for (String binary : binaries.subList(0, 4)) {
            LibcVersion l = platform.libcVer(binary);
            assertEquals(PYTHON.lines("import platform, sys\nprint(repr(platform.libc_ver(sys.argv[1])))", binary),
                    List.of(tuple(l.lib(), l.version())), binary);
        }
        if (providerHasUname()) {
            LibcVersion l = platform.libcVer();
            assertEquals(python("[platform.libc_ver()]"), List.of(tuple(l.lib(), l.version())));
        }
    }

    @Test
    void osReleaseAgrees() throws Exception {
        Map<String, String> info = platform.freedesktopOsRelease();
        String mine = "{" + info.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                .collect(Collectors.joining(", ")) + "}";
        assertEquals(python("[platform.freedesktop_os_release()]"), List.of(mine));
        info.clear();
        assertEquals(mine.isEmpty(), platform.freedesktopOsRelease().isEmpty(), "a fresh copy each call");
    }

    @Test
    void otherSystemsAnswerNothingHere() {
        assertEquals(python("[platform.win32_ver(), platform.mac_ver(), platform.win32_edition(),"
                + " platform.win32_is_iot()]"),
                List.of(tuple(platform.win32Ver().release(), platform.win32Ver().version(), platform.win32Ver().csd(),
                        platform.win32Ver().ptype()),
                        "(" + repr(platform.macVer().release()) + ", " + tuple(platform.macVer().versioninfo().version(),
                                platform.macVer().versioninfo().devStage(),
                                platform.macVer().versioninfo().nonReleaseVersion()) + ", "
                                + repr(platform.macVer().machine()) + ")",
                        platform.win32Edition().map(PlatformCrossCheckTest::repr).orElse("None"),
                        platform.win32IsIot() ? "True" : "False"));
    }

    @Test
    void systemAliasAgrees() {
        List<List<String>> cases = List.of(List.of("SunOS", "5.11", "v"), List.of("SunOS", "4.1", "v"),
                List.of("SunOS", "x.1", "v"), List.of("win32", "10", "10.0"), List.of("Linux", "6.1", "#1"),
                List.of("Darwin", "23.1.0", "v"));
        List<String> mine = cases.stream().map(c -> platform.systemAlias(c.get(0), c.get(1), c.get(2)))
                .map(a -> tuple(a.system(), a.release(), a.version())).toList();
        assertEquals(python("[platform.system_alias(*c) for c in " + cases.stream()
                .map(c -> c.stream().map(PlatformCrossCheckTest::repr).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(", ", "[", "]")) + "]"), mine);
    }
}
