package org.osprey.os;

import java.util.Objects;

/**
 * One of {@code os.posix_spawn}'s {@code file_actions}: what the child does to its descriptors (and, as an Osprey
 * extension, its working directory) before the program starts, in the order given. Python spells them as tuples
 * led by {@code os.POSIX_SPAWN_OPEN}, {@code POSIX_SPAWN_CLOSE}, {@code POSIX_SPAWN_DUP2} and (3.13)
 * {@code POSIX_SPAWN_CLOSEFROM}; here each is a record.
 */
public sealed interface SpawnAction {
    /** {@code (os.POSIX_SPAWN_OPEN, fd, path, flags, mode)}: {@code fd} becomes {@code open(path, flags, mode)}. */
    record Open(int fd, String path, int flags, int mode) implements SpawnAction {
        /**
         * The action; {@code path} is required.
         *
         * @param fd the child's descriptor that becomes the file
         * @param path the file to open
         * @param flags the {@code O_*} flags, or-ed together
         * @param mode the permission bits of a file created
         */
        public Open {
            Objects.requireNonNull(path, "path");
        }
    }

    /** {@code (os.POSIX_SPAWN_CLOSE, fd)}. */
    record Close(int fd) implements SpawnAction {
    }

    /**
     * {@code (os.POSIX_SPAWN_DUP2, fd, new_fd)}: {@code new_fd} becomes a copy of {@code fd}, inheritable even
     * where both are the same number (glibc 2.29+ clears close-on-exec then, as POSIX 2024 asks).
     */
    record Dup2(int fd, int newFd) implements SpawnAction {
    }

    /** {@code (os.POSIX_SPAWN_CLOSEFROM, fd)} (Python 3.13): closes every descriptor from {@code fd} up. */
    record CloseFrom(int fd) implements SpawnAction {
    }

    /**
     * An Osprey extension (Python's {@code posix_spawn} has none): the child changes to directory {@code path}
     * ({@code posix_spawn_file_actions_addchdir_np}), so that a relative program path or a later {@code Open} is
     * resolved there. What {@code subprocess}'s {@code cwd} uses.
     */
    record Chdir(String path) implements SpawnAction {
        /**
         * The action; {@code path} is required.
         *
         * @param path the child's new working directory
         */
        public Chdir {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * {@return the action {@code (os.POSIX_SPAWN_OPEN, fd, path, flags, mode)}}
     *
     * @param fd the child's descriptor to open
     * @param path the file
     * @param flags {@code O_*} flags
     * @param mode the permission bits of a file created
     */
    static SpawnAction open(int fd, String path, int flags, int mode) {
        return new Open(fd, path, flags, mode);
    }

    /**
     * {@return the action {@code (os.POSIX_SPAWN_CLOSE, fd)}}
     *
     * @param fd the child's descriptor to close
     */
    static SpawnAction close(int fd) {
        return new Close(fd);
    }

    /**
     * {@return the action {@code (os.POSIX_SPAWN_DUP2, fd, new_fd)}}
     *
     * @param fd the child's descriptor to copy
     * @param newFd the descriptor that becomes the copy
     */
    static SpawnAction dup2(int fd, int newFd) {
        return new Dup2(fd, newFd);
    }

    /**
     * {@return the action {@code (os.POSIX_SPAWN_CLOSEFROM, fd)}}
     *
     * @param fd the lowest descriptor to close
     */
    static SpawnAction closeFrom(int fd) {
        return new CloseFrom(fd);
    }

    /**
     * {@return the Osprey action that changes the child's working directory to {@code path}}
     *
     * @param path the directory
     */
    static SpawnAction chdir(String path) {
        return new Chdir(path);
    }
}
