package org.osprey.shell;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.sys.LoadedModule;
import org.osprey.sys.Sys;
import org.osprey.sys.VersionInfo;

/**
 * The {@code sys} scope: what the shell's JVM is ({@code version}, {@code version_info}, {@code executable},
 * {@code platform}, {@code byteorder}, {@code getfilesystemencoding}) and holds ({@code modules}: the framework's
 * bundles; {@code path}). No {@code exit}: that would end the shell's framework from inside a command.
 */
@Component(service = SysCommands.class, property = {"osgi.command.scope=sys", "osgi.command.function=version",
        "osgi.command.function=version_info", "osgi.command.function=executable", "osgi.command.function=platform",
        "osgi.command.function=byteorder", "osgi.command.function=getfilesystemencoding",
        "osgi.command.function=modules", "osgi.command.function=path"})
public final class SysCommands {
    private final Sys sys;

    @Activate
    public SysCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Sys sys) {
        this.sys = Objects.requireNonNull(sys, "sys");
    }

    public String version() {
        return sys.version();
    }

    /** As Python prints {@code sys.version_info}. */
    public String version_info() {
        VersionInfo v = sys.versionInfo();
        return "sys.version_info(major=" + v.major() + ", minor=" + v.minor() + ", micro=" + v.micro()
                + ", releaselevel='" + v.releaselevel() + "', serial=" + v.serial() + ")";
    }

    public String executable() {
        return sys.executable();
    }

    public String platform() {
        return sys.platform();
    }

    public String byteorder() {
        return sys.byteorder();
    }

    public String getfilesystemencoding() {
        return sys.getfilesystemencoding();
    }

    /** Name, version and location of each, sorted by name. */
    public String modules() {
        Table table = Table.of("NAME", "VERSION", "LOCATION");
        for (Map.Entry<String, LoadedModule> e : sys.modules().entrySet()) {
            table.row(e.getKey(), e.getValue().version(), e.getValue().location());
        }
        return table.toString();
    }

    /** One entry a line. */
    public String path() {
        return String.join("\n", sys.path());
    }
}
