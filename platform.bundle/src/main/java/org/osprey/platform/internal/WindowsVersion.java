package org.osprey.platform.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.platform.Win32Ver;

/**
 * {@code win32_ver} and {@code win32_edition} on Windows without WMI or {@code winreg}: CPython's fallback, the
 * {@code ver} command, and the registry's {@code CurrentVersion} key read with {@code reg query}. Not yet run on
 * a Windows machine.
 */
final class WindowsVersion {
    private static final String KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    private static final Pattern VER = Pattern.compile("(?:([\\w ]+) ([\\w.]+) .*\\[.* ([\\d.]+)\\])");
    private static final List<Release> CLIENT = List.of(new Release(10, 1, 0, "post11"),
            new Release(10, 0, 22000, "11"), new Release(6, 4, 0, "10"), new Release(6, 3, 0, "8.1"),
            new Release(6, 2, 0, "8"), new Release(6, 1, 0, "7"), new Release(6, 0, 0, "Vista"),
            new Release(5, 2, 3790, "XP64"), new Release(5, 2, 0, "XPMedia"), new Release(5, 1, 0, "XP"),
            new Release(5, 0, 0, "2000"));
    private static final List<Release> SERVER = List.of(new Release(10, 1, 0, "post2022Server"),
            new Release(10, 0, 20348, "2022Server"), new Release(10, 0, 17763, "2019Server"),
            new Release(6, 4, 0, "2016Server"), new Release(6, 3, 0, "2012ServerR2"),
            new Release(6, 2, 0, "2012Server"), new Release(6, 1, 0, "2008ServerR2"),
            new Release(6, 0, 0, "2008Server"), new Release(5, 2, 0, "2003Server"),
            new Release(5, 0, 0, "2000Server"));

    private record Release(int major, int minor, int build, String name) {
        boolean atMost(int[] v) {
            return major != v[0] ? major < v[0] : minor != v[1] ? minor < v[1] : build <= v[2];
        }
    }

    private WindowsVersion() {
    }

    static Win32Ver win32Ver() {
        String version = Commands.output(List.of("cmd", "/c", "ver")).map(VER::matcher).filter(Matcher::matches)
                .map(m -> normalize(m.group(3))).orElse("");
        String csd = registry("CSDVersion").map(s -> s.startsWith("Service Pack ") ? "SP" + s.substring(13) : s)
                .orElse("SP0");
        String ptype = registry("CurrentType").orElse("");
        String release = "";
        if (!version.isEmpty()) {
            int[] v = java.util.Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
            boolean client = !registry("InstallationType").orElse("Client").startsWith("Server");
            release = (client ? CLIENT : SERVER).stream().filter(r -> r.atMost(v)).map(Release::name).findFirst()
                    .orElse("");
        }
        return new Win32Ver(release, version, csd, ptype);
    }

    static Optional<String> edition() {
        return registry("EditionID");
    }

    /** {@code major.minor.build}, each a number without leading zeros, as CPython's {@code _norm_version}. */
    private static String normalize(String version) {
        String[] parts = version.replaceAll("\\.$", "").split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            out.append(i == 0 ? "" : ".").append(Integer.parseInt(parts[i]));
        }
        return out.toString();
    }

    /** A {@code REG_SZ} value of the {@code CurrentVersion} key: the line {@code "    Name    REG_SZ    value"}. */
    private static Optional<String> registry(String name) {
        return Commands.output(List.of("reg", "query", KEY, "/v", name)).flatMap(out -> out.lines()
                .map(String::strip).filter(l -> l.startsWith(name + " ")).findFirst())
                .map(l -> l.split("\\s+", 3)).filter(f -> f.length == 3).map(f -> f[2]);
    }
}
