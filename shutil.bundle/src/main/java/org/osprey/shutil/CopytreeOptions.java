package org.osprey.shutil;

/**
 * The keyword arguments of {@code shutil.copytree}:
 * {@code CopytreeOptions.DEFAULT.withSymlinks(true).withIgnore(shutil.ignorePatterns("*.pyc"))} is
 * {@code symlinks=True, ignore=ignore_patterns('*.pyc')}.
 *
 * @param symlinks               copy symlinks as symlinks (else what they point to)
 * @param ignore                 chooses the names not to copy in each directory, or null
 * @param copyFunction           copies each file, or null for {@code copy2}
 * @param ignoreDanglingSymlinks skip symlinks to nothing when {@code symlinks} is false
 * @param dirsExistOk            copy into directories that exist already
 * @param progress               hears each chunk written and each entry copied; null: nothing hears
 */
public record CopytreeOptions(boolean symlinks, Ignore ignore, CopyFunction copyFunction,
        boolean ignoreDanglingSymlinks, boolean dirsExistOk, Progress progress) {
    /** Python's defaults. */
    public static final CopytreeOptions DEFAULT = new CopytreeOptions(false, null, null, false, false, Progress.NONE);

    /**
     * The arguments; a null {@code progress} is {@link Progress#NONE}.
     *
     * @param symlinks copy symlinks as symlinks (else what they point to)
     * @param ignore chooses the names not to copy in each directory, or null
     * @param copyFunction copies each file, or null for {@code copy2}
     * @param ignoreDanglingSymlinks skip symlinks to nothing when {@code symlinks} is false
     * @param dirsExistOk copy into directories that exist already
     * @param progress hears each chunk written and each entry copied
     */
    public CopytreeOptions {
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code symlinks} set}
     *
     * @param on copy symlinks as symlinks (else what they point to)
     */
    public CopytreeOptions withSymlinks(boolean on) {
        return new CopytreeOptions(on, ignore, copyFunction, ignoreDanglingSymlinks, dirsExistOk, progress);
    }

    /**
     * {@return these options with {@code ignore} set}
     *
     * @param i chooses the names not to copy in each directory, or null
     */
    public CopytreeOptions withIgnore(Ignore i) {
        return new CopytreeOptions(symlinks, i, copyFunction, ignoreDanglingSymlinks, dirsExistOk, progress);
    }

    /**
     * {@return these options with {@code copy_function} set}
     *
     * @param f copies each file, or null for {@code copy2}
     */
    public CopytreeOptions withCopyFunction(CopyFunction f) {
        return new CopytreeOptions(symlinks, ignore, f, ignoreDanglingSymlinks, dirsExistOk, progress);
    }

    /**
     * {@return these options with {@code ignore_dangling_symlinks} set}
     *
     * @param on skip symlinks to nothing when {@code symlinks} is false
     */
    public CopytreeOptions withIgnoreDanglingSymlinks(boolean on) {
        return new CopytreeOptions(symlinks, ignore, copyFunction, on, dirsExistOk, progress);
    }

    /**
     * {@return these options with {@code dirs_exist_ok} set}
     *
     * @param on copy into directories that exist already
     */
    public CopytreeOptions withDirsExistOk(boolean on) {
        return new CopytreeOptions(symlinks, ignore, copyFunction, ignoreDanglingSymlinks, on, progress);
    }

    /**
     * {@return these options with a progress listener} An Osprey extension (Python has none).
     *
     * @param p hears what is done, as it is done
     */
    public CopytreeOptions withProgress(Progress p) {
        return new CopytreeOptions(symlinks, ignore, copyFunction, ignoreDanglingSymlinks, dirsExistOk, p);
    }
}
