package org.osprey.shutil.internal;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * Python's {@code OSError("Cannot call rmtree on a symbolic link")}: an {@link OsException} whose errno is
 * {@code ELOOP} (what opening the link without following it reports) and whose message is Python's.
 */
final class SymlinkRefusedException extends OsException {
    private static final long serialVersionUID = 1L;
    private static final String MESSAGE = "Cannot call rmtree on a symbolic link";

    SymlinkRefusedException(Os os, String path) {
        super(os.errno().ELOOP(), MESSAGE, path);
    }

    /** Python's message names no file: the same exception serves for any. */
    @Override
    public OsException withFilenames(String filename, String filename2) {
        return this;
    }

    @Override
    public String getMessage() {
        return MESSAGE;
    }
}
