package org.osprey.shell;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.OsException;
import org.osprey.platform.Architecture;
import org.osprey.platform.JavaVer;
import org.osprey.platform.LibcVersion;
import org.osprey.platform.Platform;
import org.osprey.platform.UnameResult;

/**
 * The {@code platform} scope: Python's {@code python -m platform} ({@code platform [aliased|terse]...}), and
 * {@code uname}, {@code architecture}, {@code libc_ver}, {@code freedesktop_os_release} and {@code java_ver} as
 * aligned key-value lines.
 */
@Component(service = PlatformCommands.class, property = {"osgi.command.scope=platform",
        "osgi.command.function=platform", "osgi.command.function=uname", "osgi.command.function=architecture",
        "osgi.command.function=libc_ver", "osgi.command.function=freedesktop_os_release",
        "osgi.command.function=java_ver"})
public final class PlatformCommands {
    private final Platform platform;

    @Activate
    public PlatformCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Platform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** {@code platform.platform(aliased=True)}, what {@code python -m platform} prints. */
    public String platform() {
        return platform.platform(true, false);
    }

    /** {@code python -m platform terse nonaliased}: each word as that module's command line reads it. */
    public String platform(String... words) {
        boolean terse = false;
        boolean aliased = true;
        for (String word : words) {
            switch (word) {
                case "terse", "--terse" -> terse = true;
                case "nonaliased", "--nonaliased" -> aliased = false;
                default -> throw new IllegalArgumentException("unknown option: " + word
                        + " (expected terse or nonaliased)");
            }
        }
        return platform.platform(aliased, terse);
    }

    public String uname() {
        UnameResult u = platform.uname();
        return Table.of("", "").row("system", u.system()).row("node", u.node()).row("release", u.release())
                .row("version", u.version()).row("machine", u.machine()).row("processor", u.processor()).bare();
    }

    /** Of the shell's own {@code java} binary. */
    public String architecture() {
        return format(platform.architecture());
    }

    public String architecture(String executable) {
        return format(platform.architecture(executable));
    }

    private static String format(Architecture a) {
        return Table.of("", "").row("bits", a.bits()).row("linkage", a.linkage()).bare();
    }

    public String libc_ver() throws OsException {
        return format(platform.libcVer());
    }

    public String libc_ver(String executable) throws OsException {
        return format(platform.libcVer(executable));
    }

    private static String format(LibcVersion v) {
        return Table.of("", "").row("lib", v.lib()).row("version", v.version()).bare();
    }

    public String freedesktop_os_release() throws OsException {
        Table table = Table.of("", "");
        for (Map.Entry<String, String> e : platform.freedesktopOsRelease().entrySet()) {
            table.row(e.getKey(), e.getValue());
        }
        return table.bare();
    }

    public String java_ver() {
        JavaVer j = platform.javaVer();
        return Table.of("", "").row("release", j.release()).row("vendor", j.vendor())
                .row("vm_name", j.vminfo().name()).row("vm_release", j.vminfo().release())
                .row("vm_vendor", j.vminfo().vendor()).row("os_name", j.osinfo().name())
                .row("os_version", j.osinfo().version()).row("os_arch", j.osinfo().arch()).bare();
    }
}
