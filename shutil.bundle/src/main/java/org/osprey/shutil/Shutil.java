package org.osprey.shutil;

import java.io.IOException;

import org.osprey.os.Os;
import org.osprey.shutil.internal.ShutilImpl;

/**
 * Python's {@code shutil} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Shutil {
    /** {@code shutil} over {@link Os#get()}. */
    static Shutil get() {
        return of(Os.get());
    }

    /** {@code shutil} over the given {@code os}. */
    static Shutil of(Os os) {
        return new ShutilImpl(os);
    }

    /** {@code shutil.copyfile(src, dst)}: the contents only (zero-copy in the kernel where the OS can); returns {@code dst}. */
    String copyfile(String src, String dst) throws IOException;

    /** {@code shutil.copytree(src, dst)} with Python's defaults ({@code copy2}, symlinks followed); returns {@code dst}. */
    String copytree(String src, String dst) throws IOException;

    /** {@code shutil.rmtree(path)}: fd-relative where the OS allows, so a swapped-in symlink is never followed. */
    void rmtree(String path) throws IOException;
}
