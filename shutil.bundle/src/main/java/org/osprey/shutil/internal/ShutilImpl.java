package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.os.DiskSpace;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.StatvfsResult;
import org.osprey.os.TerminalSize;
import org.osprey.shutil.ChownOptions;
import org.osprey.shutil.CopyFunction;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopyfileobjOptions;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.Ignore;
import org.osprey.shutil.MoveOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.RmtreeOptions;
import org.osprey.shutil.ArchiveFormat;
import org.osprey.shutil.ArchiveMaker;
import org.osprey.shutil.ArchiveRegistryException;
import org.osprey.shutil.ArchiveUnpacker;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Shutil;
import org.osprey.shutil.UnpackFormat;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.archive.ArchiveRegistry;
import org.osprey.shutil.internal.archive.Archives;

/** {@link Shutil} over one {@link Os}; the DS component of this bundle. */
@Component(service = Shutil.class, immediate = true)
public final class ShutilImpl implements Shutil {
    private static final TerminalSize DEFAULT_TERMINAL = new TerminalSize(80, 24);
    private static final int STDOUT = 1;

    private final Os os;
    private final FileCopier files;
    private final StatCopier stats;
    private final TreeCopier trees;
    private final TreeRemover remover;
    private final Mover mover;
    private final Which which;
    private final PlatformRules platform;
    private final WindowsCopy windowsCopy;

    @Activate
    public ShutilImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
        this.platform = new PlatformRules(os);
        this.windowsCopy = new WindowsCopy(os);
        this.stats = new StatCopier(os, platform);
        this.files = new FileCopier(os, stats, platform);
        CopyFunction copy2 = this::copy2;
        this.trees = new TreeCopier(os, stats, files, copy2);
        this.remover = new TreeRemover(os);
        this.mover = new Mover(os, platform, files, trees, remover, copy2);
        this.which = new Which(os);
    }

    @Override
    public long copyfileobj(InputStream in, OutputStream out) throws IOException {
        return copyfileobj(in, out, CopyfileobjOptions.DEFAULT);
    }

    @Override
    public long copyfileobj(InputStream in, OutputStream out, CopyfileobjOptions options) throws IOException {
        return FileCopier.copyfileobj(nonNull(in, "in"), nonNull(out, "out"), nonNull(options, "options"));
    }

    @Override
    public long copyfileobj(ReadableByteChannel in, WritableByteChannel out, CopyfileobjOptions options)
            throws IOException {
        return FileCopier.copyfileobj(nonNull(in, "in"), nonNull(out, "out"), nonNull(options, "options"));
    }

    @Override
    public String copyfile(String src, String dst) throws IOException {
        return copyfile(src, dst, CopyOptions.DEFAULT);
    }

    @Override
    public String copyfile(String src, String dst, CopyOptions options) throws IOException {
        return files.copyfile(nonNull(src, "src"), nonNull(dst, "dst"), nonNull(options, "options"));
    }

    @Override
    public void copymode(String src, String dst) throws IOException {
        copymode(src, dst, true);
    }

    @Override
    public void copymode(String src, String dst, boolean followSymlinks) throws IOException {
        stats.copymode(nonNull(src, "src"), nonNull(dst, "dst"), followSymlinks);
    }

    @Override
    public void copystat(String src, String dst) throws IOException {
        copystat(src, dst, true);
    }

    @Override
    public void copystat(String src, String dst, boolean followSymlinks) throws IOException {
        stats.copystat(nonNull(src, "src"), nonNull(dst, "dst"), followSymlinks);
    }

    @Override
    public String copy(String src, String dst) throws IOException {
        return copy(src, dst, CopyOptions.DEFAULT);
    }

    @Override
    public String copy(String src, String dst, CopyOptions options) throws IOException {
        paths(src, dst, options);
        String target = intoDirectory(src, dst);
        files.copyfile(src, target, options);
        stats.copymode(src, target, options.followSymlinks());
        return target;
    }

    @Override
    public String copy2(String src, String dst) throws IOException {
        return copy2(src, dst, CopyOptions.DEFAULT);
    }

    @Override
    public String copy2(String src, String dst, CopyOptions options) throws IOException {
        paths(src, dst, options);
        // Windows' own copy has no listener to tell: with one, the portable copy reports every chunk
        if (platform.isWindows() && options.progress() == Progress.NONE) {
            String target = intoDirectory(src, dst);
            if (windowsCopy.tryCopyFile2(src, target, options.followSymlinks())) {
                return target;
            }
        }
        if (options.followSymlinks() || !os.path().islink(src)) {
            return files.copy2(src, null, dst, options);
        }
        String target = intoDirectory(src, dst);
        files.copyfile(src, target, options);
        stats.copystat(src, target, false);
        return target;
    }

    /** Python's TypeError for None: the parameter named, before any work. */
    private static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    private static void paths(String src, String dst, Object options) {
        nonNull(src, "src");
        nonNull(dst, "dst");
        nonNull(options, "options");
    }

    private String intoDirectory(String src, String dst) {
        return os.path().isdir(dst) ? os.path().join(dst, os.path().basename(src)) : dst;
    }

    @Override
    public Ignore ignorePatterns(String... patterns) {
        List<String> all = List.of(nonNull(patterns, "patterns"));
        Fnmatch fnmatch = Fnmatch.of(os);
        return (dir, names) -> {
            Set<String> ignored = new HashSet<>();
            for (String p : all) {
                ignored.addAll(fnmatch.filter(names, p));
            }
            return ignored;
        };
    }

    @Override
    public String copytree(String src, String dst) throws IOException {
        return copytree(src, dst, CopytreeOptions.DEFAULT);
    }

    @Override
    public String copytree(String src, String dst, CopytreeOptions options) throws IOException {
        paths(src, dst, options);
        return trees.copytree(src, dst, options);
    }

    @Override
    public void rmtree(String path) throws IOException {
        rmtree(path, RmtreeOptions.DEFAULT);
    }

    @Override
    public void rmtree(String path, RmtreeOptions options) throws IOException {
        remover.rmtree(nonNull(path, "path"), nonNull(options, "options"));
    }

    @Override
    public boolean avoidsSymlinkAttacks() {
        return remover.avoidsSymlinkAttacks();
    }

    @Override
    public String move(String src, String dst) throws IOException {
        return move(src, dst, MoveOptions.DEFAULT);
    }

    @Override
    public String move(String src, String dst, MoveOptions options) throws IOException {
        paths(src, dst, options);
        return mover.move(src, dst, options);
    }

    @Override
    public DiskUsage diskUsage(String path) throws IOException {
        if (platform.isWindows()) {
            DiskSpace space = os.getdiskusage(nonNull(path, "path"));
            return new DiskUsage(space.total(), space.total() - space.free(), space.free());
        }
        StatvfsResult st = os.statvfs(nonNull(path, "path"));
        long unit = st.fFrsize();
        return new DiskUsage(st.fBlocks() * unit, (st.fBlocks() - st.fBfree()) * unit, st.fBavail() * unit);
    }

    @Override
    public void chown(String path, String user, String group) throws IOException {
        nonNull(path, "path");
        chown(path, ChownOptions.DEFAULT.withUser(user).withGroup(group));
    }

    @Override
    public void chown(String path, long uid, long gid) throws IOException {
        chown(path, ChownOptions.DEFAULT.withUser(uid).withGroup(gid));
    }

    @Override
    public void chown(String path, ChownOptions options) throws IOException {
        nonNull(path, "path");
        nonNull(options, "options");
        if (options.user() == null && options.uid() == null && options.group() == null && options.gid() == null) {
            throw new IllegalArgumentException("user and/or group must be set");
        }
        long uid = options.user() != null ? uidOf(options.user()) : options.uid() != null ? options.uid() : -1;
        long gid = options.group() != null ? gidOf(options.group()) : options.gid() != null ? options.gid() : -1;
        os.chown(path, uid, gid, options.at());
    }

    /** Python's chown: {@code _get_uid}, and a name it cannot find (or no user database at all) is LookupError. */
    private long uidOf(String user) throws OsException {
        Long uid = new Owners(os).uid(user);
        if (uid == null) {
            throw new NoSuchElementException("no such user: " + PyRepr.repr(user));
        }
        return uid;
    }

    private long gidOf(String group) throws OsException {
        Long gid = new Owners(os).gid(group);
        if (gid == null) {
            throw new NoSuchElementException("no such group: " + PyRepr.repr(group));
        }
        return gid;
    }

    @Override
    public Optional<String> which(String cmd) {
        return which(cmd, Os.F_OK | Os.X_OK, null);
    }

    @Override
    public Optional<String> which(String cmd, int mode, String path) {
        return which.which(nonNull(cmd, "cmd"), mode, path);
    }

    @Override
    public TerminalSize getTerminalSize() {
        return getTerminalSize(DEFAULT_TERMINAL);
    }

    @Override
    public TerminalSize getTerminalSize(TerminalSize fallback) {
        nonNull(fallback, "fallback");
        int columns = positiveEnv("COLUMNS");
        int lines = positiveEnv("LINES");
        if (columns <= 0 || lines <= 0) {
            TerminalSize size;
            try {
                size = os.getTerminalSize(STDOUT);
            } catch (OsException | RuntimeException notATerminal) {
                size = fallback;
            }
            columns = columns > 0 ? columns : size.columns() != 0 ? size.columns() : fallback.columns();
            lines = lines > 0 ? lines : size.lines() != 0 ? size.lines() : fallback.lines();
        }
        return new TerminalSize(columns, lines);
    }

    private int positiveEnv(String name) {
        String value = os.environ().get(name);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- archives ----

    private Archives archives() {
        return new Archives(os);
    }

    @Override
    public String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException {
        return archives().makeArchive(baseName, nonNull(format, "format"), options);
    }

    @Override
    public void unpackArchive(String filename, String extractDir, UnpackOptions options) throws IOException {
        archives().unpackArchive(filename, extractDir, options);
    }

    @Override
    public List<ArchiveFormat> getArchiveFormats() {
        return ArchiveRegistry.archiveFormats();
    }

    @Override
    public List<UnpackFormat> getUnpackFormats() {
        return ArchiveRegistry.unpackFormats();
    }

    @Override
    public void registerArchiveFormat(String name, ArchiveMaker function, String description) {
        ArchiveRegistry.registerArchiveFormat(nonNull(name, "name"), nonNull(function, "function"),
                nonNull(description, "description"));
    }

    @Override
    public void unregisterArchiveFormat(String name) {
        ArchiveRegistry.unregisterArchiveFormat(nonNull(name, "name"));
    }

    @Override
    public void registerUnpackFormat(String name, List<String> extensions, ArchiveUnpacker function,
            String description) throws ArchiveRegistryException {
        ArchiveRegistry.registerUnpackFormat(nonNull(name, "name"), nonNull(extensions, "extensions"),
                nonNull(function, "function"), nonNull(description, "description"));
    }

    @Override
    public void unregisterUnpackFormat(String name) {
        ArchiveRegistry.unregisterUnpackFormat(nonNull(name, "name"));
    }
}
