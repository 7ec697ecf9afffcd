package org.osprey.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.MoveOptions;
import org.osprey.shutil.RmtreeOptions;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackOptions;

/**
 * The {@code shutil} scope, with Python's function names ({@code disk_usage}, {@code make_archive} and
 * {@code unpack_archive} keep their underscores: Gogo calls a command by its method's name). What Python returns
 * is printed; {@code rmtree} and {@code unpack_archive} print nothing.
 *
 * <p>The long ones ({@code copy}, {@code copytree}, {@code rmtree}, {@code move}, {@code make_archive},
 * {@code unpack_archive}) show a {@link ProgressLine} on stderr when it is a terminal ({@code OSPREY_PROGRESS=1}
 * shows it anyway, {@code 0} never), and Ctrl-C stops them cleanly ({@link Sigint}): a
 * {@link KeyboardInterrupt} saying what was in progress and what is left.
 */
@Component(service = ShutilCommands.class, property = {
        "osgi.command.scope=shutil",
        "osgi.command.function=copy", "osgi.command.function=copytree", "osgi.command.function=rmtree",
        "osgi.command.function=move", "osgi.command.function=which", "osgi.command.function=disk_usage",
        "osgi.command.function=make_archive", "osgi.command.function=unpack_archive"})
public final class ShutilCommands {
    /** Where the progress line goes: the process's stderr, not Gogo's per-command stream (which may be a pipe). */
    private static final PrintStream TERMINAL = new PrintStream(new FileOutputStream(FileDescriptor.err), false);

    private final Shutil shutil;
    private final boolean showProgress;

    /** With no progress line (unless {@code OSPREY_PROGRESS=1}): what tests and embedders use. */
    public ShutilCommands(Shutil shutil) {
        this(shutil, null);
    }

    @Activate
    public ShutilCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Shutil shutil,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.shutil = Objects.requireNonNull(shutil, "shutil");
        this.showProgress = showProgress(System.getenv("OSPREY_PROGRESS"), os != null && os.isatty(2));
    }

    /** {@code OSPREY_PROGRESS}: 1 shows the line, 0 hides it; unset, it shows where stderr is a terminal. */
    static boolean showProgress(String setting, boolean stderrIsTerminal) {
        if ("1".equals(setting)) {
            return true;
        }
        return !"0".equals(setting) && stderrIsTerminal;
    }

    /** A command that hears its progress. */
    @FunctionalInterface
    private interface Listened<T> {
        T run(ProgressLine progress) throws IOException;
    }

    /** Runs a long command with its progress line, stoppable by Ctrl-C. */
    private <T> T longCommand(String name, Listened<T> command) throws IOException {
        return Sigint.interruptible(() -> {
            try (ProgressLine line = new ProgressLine(name, showProgress ? TERMINAL : null, System::nanoTime)) {
                return command.run(line);
            }
        });
    }

    public String copy(String src, String dst) throws IOException {
        return longCommand("copy", p -> shutil.copy(src, dst, CopyOptions.DEFAULT.withProgress(p)));
    }

    public String copytree(String src, String dst) throws IOException {
        return longCommand("copytree", p -> shutil.copytree(src, dst, CopytreeOptions.DEFAULT.withProgress(p)));
    }

    public void rmtree(String path) throws IOException {
        longCommand("rmtree", p -> {
            shutil.rmtree(path, RmtreeOptions.DEFAULT.withProgress(p));
            return null;
        });
    }

    public String move(String src, String dst) throws IOException {
        return longCommand("move", p -> shutil.move(src, dst, MoveOptions.DEFAULT.withProgress(p)));
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
        return makeArchive(baseName, format, MakeArchiveOptions.DEFAULT);
    }

    /** {@code make_archive(base_name, format, root_dir)}. */
    public String make_archive(String baseName, String format, String rootDir) throws IOException {
        return makeArchive(baseName, format, MakeArchiveOptions.DEFAULT.withRootDir(rootDir));
    }

    private String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException {
        return longCommand("make_archive", p -> shutil.makeArchive(baseName, format, options.withProgress(p)));
    }

    public void unpack_archive(String filename) throws IOException {
        unpack_archive(filename, null);
    }

    public void unpack_archive(String filename, String extractDir) throws IOException {
        longCommand("unpack_archive", p -> {
            shutil.unpackArchive(filename, extractDir, UnpackOptions.DEFAULT.withProgress(p));
            return null;
        });
    }
}
