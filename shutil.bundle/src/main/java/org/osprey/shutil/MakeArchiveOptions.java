package org.osprey.shutil;

/**
 * The keyword arguments of {@code shutil.make_archive} ({@code verbose} and {@code logger} are not offered):
 * {@code MakeArchiveOptions.DEFAULT.withRootDir(dir).withBaseDir("data")} is {@code root_dir=dir, base_dir='data'}.
 *
 * @param rootDir the directory archived names are relative to, or null for the current directory; the process's
 *                working directory is never changed
 * @param baseDir the directory, relative to {@code rootDir}, that is archived; null for {@code '.'}
 * @param dryRun  whether to only compute the archive's name
 * @param owner   the user name recorded as owner of every tar member, or null for each file's own
 * @param group   the group name recorded for every tar member, or null for each file's own
 * @param progress hears how the archive grows (no Python equivalent); null: nothing hears
 */
public record MakeArchiveOptions(String rootDir, String baseDir, boolean dryRun, String owner, String group,
        Progress progress) {
    /** Python's defaults. */
    public static final MakeArchiveOptions DEFAULT = new MakeArchiveOptions(null, null, false, null, null,
            Progress.NONE);

    public MakeArchiveOptions withRootDir(String dir) {
        return new MakeArchiveOptions(dir, baseDir, dryRun, owner, group, progress);
    }

    public MakeArchiveOptions withBaseDir(String dir) {
        return new MakeArchiveOptions(rootDir, dir, dryRun, owner, group, progress);
    }

    public MakeArchiveOptions withDryRun(boolean on) {
        return new MakeArchiveOptions(rootDir, baseDir, on, owner, group, progress);
    }

    public MakeArchiveOptions withOwner(String name) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, name, group, progress);
    }

    public MakeArchiveOptions withGroup(String name) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, owner, name, progress);
    }

    /** Hears each member written ({@link Progress#entry}) and the bytes of file data read into the archive. */
    public MakeArchiveOptions withProgress(Progress p) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, owner, group, p);
    }
}
