package org.osprey.shell;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Shutil;

/**
 * The {@code shutil} scope, with Python's function names ({@code disk_usage}, {@code make_archive} and
 * {@code unpack_archive} keep their underscores: Gogo calls a command by its method's name). What Python returns
 * is printed; {@code rmtree} and {@code unpack_archive} print nothing.
 */
@Component(service = ShutilCommands.class, property = {
        "osgi.command.scope=shutil",
        "osgi.command.function=copy", "osgi.command.function=copytree", "osgi.command.function=rmtree",
        "osgi.command.function=move", "osgi.command.function=which", "osgi.command.function=disk_usage",
        "osgi.command.function=make_archive", "osgi.command.function=unpack_archive"})
public final class ShutilCommands {
    private final Shutil shutil;

    @Activate
    public ShutilCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Shutil shutil) {
        this.shutil = Objects.requireNonNull(shutil, "shutil");
    }

    public String copy(String src, String dst) throws IOException {
        return shutil.copy(src, dst);
    }

    public String copytree(String src, String dst) throws IOException {
        return shutil.copytree(src, dst);
    }

    public void rmtree(String path) throws IOException {
        shutil.rmtree(path);
    }

    public String move(String src, String dst) throws IOException {
        return shutil.move(src, dst);
    }

    /** The program's path; nothing when it is not on {@code PATH} (Python's {@code None}). */
    public String which(String cmd) {
        return shutil.which(cmd).orElse(null);
    }

    public String disk_usage(String path) throws IOException {
        DiskUsage usage = shutil.diskUsage(path);
        // as df counts it: of the space unprivileged users can have (blocks reserved for root are in neither)
        long usable = usage.used() + usage.free();
        String percent = usable == 0 ? "-" : (long) Math.ceil(100.0 * usage.used() / usable) + "%";
        return Table.of(">total", ">used", ">free", ">use")
                .row(Units.bytes(usage.total()), Units.bytes(usage.used()), Units.bytes(usage.free()), percent)
                .toString();
    }

    /** {@code make_archive(base_name, format)}: the archive of the working directory; prints its name. */
    public String make_archive(String baseName, String format) throws IOException {
        return shutil.makeArchive(baseName, format);
    }

    /** {@code make_archive(base_name, format, root_dir)}. */
    public String make_archive(String baseName, String format, String rootDir) throws IOException {
        return shutil.makeArchive(baseName, format, MakeArchiveOptions.DEFAULT.withRootDir(rootDir));
    }

    public void unpack_archive(String filename) throws IOException {
        shutil.unpackArchive(filename);
    }

    public void unpack_archive(String filename, String extractDir) throws IOException {
        shutil.unpackArchive(filename, extractDir);
    }
}
