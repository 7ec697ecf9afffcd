package org.osprey.shutil;

/**
 * Hears how a long {@code shutil} operation advances (no Python equivalent): {@link #bytes} after each chunk a copy
 * wrote, {@link #entry} after each file, link or directory a tree operation finished. Called on the thread doing the
 * work; keep it quick.
 */
@FunctionalInterface
public interface Progress {
    /** Hears nothing. */
    Progress NONE = n -> { };

    /**
     * {@code n} more bytes were copied.
     *
     * @param n the number of bytes
     */
    void bytes(long n);

    /**
     * {@code path} was copied, moved or removed.
     *
     * @param path the path
     */
    default void entry(String path) {
    }
}
