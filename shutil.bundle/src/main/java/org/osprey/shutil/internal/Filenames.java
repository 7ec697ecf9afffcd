package org.osprey.shutil.internal;

import java.lang.reflect.InvocationTargetException;

import org.osprey.os.OsException;

/**
 * Python's {@code err.filename = ...} on a caught {@code OSError}: shutil names the paths the user gave rather than
 * the descriptor-relative names the calls saw. {@link OsException} is immutable, so this makes the same subtype
 * (every one has the public {@code (errno, strerror, filename, filename2)} constructor) with the new names.
 */
final class Filenames {
    private Filenames() {
    }

    static OsException with(OsException e, String filename, String filename2) {
        if (e.getClass() == SymlinkRefusedException.class) {
            return e;
        }
        try {
            OsException renamed = e.getClass().getConstructor(int.class, String.class, String.class, String.class)
                    .newInstance(e.errno(), e.strerror(), filename, filename2);
            renamed.initCause(e);
            return renamed;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException notTheUsualShape) {
            return e;
        }
    }
}
