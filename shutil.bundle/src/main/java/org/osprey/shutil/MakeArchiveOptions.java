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

    /**
     * {@return these options with {@code root_dir} set}
     *
     * @param dir the directory archived names are relative to, or null for the current directory; the process's working
     *         directory is never changed
     */
    public MakeArchiveOptions withRootDir(String dir) {
        return new MakeArchiveOptions(dir, baseDir, dryRun, owner, group, progress);
    }

    /**
     * {@return these options with {@code base_dir} set}
     *
     * @param dir the directory, relative to {@code rootDir}, that is archived; null for {@code '.'}
     */
    public MakeArchiveOptions withBaseDir(String dir) {
        return new MakeArchiveOptions(rootDir, dir, dryRun, owner, group, progress);
    }

    /**
     * {@return these options with {@code dry_run} set}
     *
     * @param on whether to only compute the archive's name
     */
    public MakeArchiveOptions withDryRun(boolean on) {
        return new MakeArchiveOptions(rootDir, baseDir, on, owner, group, progress);
    }

    /**
     * {@return these options with {@code owner} set}
     *
     * @param name the user name recorded as owner of every tar member, or null for each file's own
     */
    public MakeArchiveOptions withOwner(String name) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, name, group, progress);
    }

    /**
     * {@return these options with {@code group} set}
     *
     * @param name the group name recorded for every tar member, or null for each file's own
     */
    public MakeArchiveOptions withGroup(String name) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, owner, name, progress);
    }

    /**
     * Hears each member written ({@link Progress#entry}) and the bytes of file data read into the archive.
     *
     * @param p the listener
     * @return the new options
     */
    public MakeArchiveOptions withProgress(Progress p) {
        return new MakeArchiveOptions(rootDir, baseDir, dryRun, owner, group, p);
    }
}
