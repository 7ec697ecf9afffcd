package org.osprey.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.DirEntry;
import org.osprey.os.LoadAverage;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.StatvfsResult;
import org.osprey.os.UnameResult;
import org.osprey.os.WalkEntry;

/**
 * The {@code os} scope. Method names are Python's function names (Gogo calls a command by its method's name, so
 * {@code cpu_count} keeps its underscore); each returns the text to print.
 */
@Component(service = OsCommands.class, property = {
        "osgi.command.scope=os",
        "osgi.command.function=listdir", "osgi.command.function=scandir", "osgi.command.function=stat",
        "osgi.command.function=walk", "osgi.command.function=environ", "osgi.command.function=getenv",
        "osgi.command.function=uname", "osgi.command.function=statvfs", "osgi.command.function=cpu_count",
        "osgi.command.function=getloadavg"})
public final class OsCommands {
    private final Os os;

    @Activate
    public OsCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    /** The names in the working directory, sorted, one a line. */
    public String listdir() throws OsException {
        return lines(os.listdir());
    }

    public String listdir(String path) throws OsException {
        return lines(os.listdir(path));
    }

    public String scandir() throws OsException {
        return scandir(".");
    }

    /** Each entry's name, kind (not following symlinks) and size (of what a symlink points to, if anything). */
    public String scandir(String path) throws OsException {
        Table table = Table.of("NAME", "TYPE", ">SIZE");
        try (ScandirIterator entries = os.scandir(path)) {
            for (DirEntry entry : sorted(entries)) {
                StatResult own = entry.stat(false);
                table.row(entry.name(), FileMode.kindName(own.mode()), own.isDir() ? "-" : Units.bytes(own.size()));
            }
        }
        return table.toString();
    }

    public String stat(String path) throws OsException {
        StatResult st = os.stat(path);
        Table table = Table.of("", "")
                .row("path", path)
                .row("type", FileMode.kindName(st.mode()))
                .row("mode", FileMode.of(st.mode()) + " (0o" + Integer.toOctalString(st.mode() & 07777) + ")")
                .row("size", Units.bytes(st.size()) + (st.size() < 1024 ? "" : " (" + st.size() + " bytes)"))
                .row("owner", "uid " + st.uid() + ", gid " + st.gid())
                .row("inode", st.ino() + " on device " + st.dev())
                .row("links", st.nlink())
                .row("accessed", Units.date(st.atimeNs()))
                .row("modified", Units.date(st.mtimeNs()))
                .row("changed", Units.date(st.ctimeNs()));
        return table.bare();
    }

    /** Each directory of the tree, top-down, then its subdirectories (ending in the separator) and files. */
    public String walk(String top) throws OsException {
        StringBuilder out = new StringBuilder();
        for (WalkEntry step : os.walk(top)) {
            out.append(step.dirpath()).append('\n');
            step.dirnames().stream().sorted().forEach(d -> out.append("  ").append(d).append(os.sep()).append('\n'));
            step.filenames().stream().sorted().forEach(f -> out.append("  ").append(f).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    public String environ() {
        Table table = Table.of("", "");
        new TreeMap<>(os.environ()).forEach(table::row);
        return table.bare();
    }

    /** The variable's value; nothing when it is not set (Python's {@code None}). */
    public String getenv(String key) {
        return os.getenv(key);
    }

    public String uname() throws OsException {
        UnameResult u = os.uname();
        return Table.of("", "")
                .row("sysname", u.sysname())
                .row("nodename", u.nodename())
                .row("release", u.release())
                .row("version", u.version())
                .row("machine", u.machine())
                .bare();
    }

    /** The file system's sizes in binary units (blocks of {@code f_frsize}), and its inodes. */
    public String statvfs(String path) throws OsException {
        StatvfsResult v = os.statvfs(path);
        long unit = v.fFrsize();
        return Table.of("", "")
                .row("size", Units.bytes(v.fBlocks() * unit))
                .row("free", Units.bytes(v.fBfree() * unit))
                .row("available", Units.bytes(v.fBavail() * unit) + " (to unprivileged users)")
                .row("block size", v.fBsize() + " (fragment " + v.fFrsize() + ")")
                .row("inodes", v.fFiles() + " (" + v.fFfree() + " free, " + v.fFavail() + " available)")
                .row("longest name", v.fNamemax())
                .row("flags", "0x" + Long.toHexString(v.fFlag()))
                .bare();
    }

    // Gogo names a command after its method: Python's name, underscore included.
    public String cpu_count() {
        return os.cpuCount().isPresent() ? String.valueOf(os.cpuCount().getAsInt()) : "None";
    }

    public String getloadavg() throws OsException {
        LoadAverage load = os.getloadavg();
        return Table.of(">1 min", ">5 min", ">15 min")
                .row(two(load.oneMinute()), two(load.fiveMinutes()), two(load.fifteenMinutes()))
                .toString();
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static List<DirEntry> sorted(ScandirIterator entries) {
        List<DirEntry> list = new ArrayList<>();
        entries.forEach(list::add);
        list.sort(Comparator.comparing(DirEntry::name));
        return list;
    }

    /** The names sorted, one a line (no newline at the end: Gogo's console adds one). */
    static String lines(List<String> names) {
        return String.join("\n", names.stream().sorted().toList());
    }
}
