package org.osprey.shutil;

import org.osprey.os.At;

/**
 * The arguments of {@code shutil.chown} after the path: {@code user} and {@code group}, each Python's {@code None}
 * (both null here), a name looked up in {@code pwd}/{@code grp}, or a numeric id ({@code -1} leaves it alone), and
 * 3.13's keyword-only {@code dir_fd} and {@code follow_symlinks}. {@code shutil.chown(p, 'www', 33,
 * follow_symlinks=False)} is {@code chown(p, ChownOptions.DEFAULT.withUser("www").withGroup(33)
 * .withFollowSymlinks(false))}.
 *
 * @param user  a user name, or null
 * @param uid   a user id, or null; at most one of {@code user} and {@code uid} is set
 * @param group a group name, or null
 * @param gid   a group id, or null; at most one of {@code group} and {@code gid} is set
 * @param at    {@code dir_fd} and {@code follow_symlinks}
 */
public record ChownOptions(String user, Long uid, String group, Long gid, At at) {
    /** {@code user=None, group=None}: not enough on its own (Python's {@code ValueError}). */
    public static final ChownOptions DEFAULT = new ChownOptions(null, null, null, null, At.DEFAULT);

    /**
     * The arguments; the user, and the group, is a name or an id, not both; a null {@code at} is {@link At#DEFAULT}.
     *
     * @param user a user name, or null
     * @param uid a user id, or null; at most one of {@code user} and {@code uid} is set
     * @param group a group name, or null
     * @param gid a group id, or null; at most one of {@code group} and {@code gid} is set
     * @param at {@code dir_fd} and {@code follow_symlinks}
     */
    public ChownOptions {
        if (user != null && uid != null) {
            throw new IllegalArgumentException("user is a name or an id, not both");
        }
        if (group != null && gid != null) {
            throw new IllegalArgumentException("group is a name or an id, not both");
        }
        at = at == null ? At.DEFAULT : at;
    }

    /**
     * {@code user=name} (null is {@code None}).
     *
     * @param name a user name, or null
     * @return the new options
     */
    public ChownOptions withUser(String name) {
        return new ChownOptions(name, null, group, gid, at);
    }

    /**
     * {@code user=uid}.
     *
     * @param id a user id
     * @return the new options
     */
    public ChownOptions withUser(long id) {
        return new ChownOptions(null, id, group, gid, at);
    }

    /**
     * {@code group=name} (null is {@code None}).
     *
     * @param name a group name, or null
     * @return the new options
     */
    public ChownOptions withGroup(String name) {
        return new ChownOptions(user, uid, name, null, at);
    }

    /**
     * {@code group=gid}.
     *
     * @param id a group id
     * @return the new options
     */
    public ChownOptions withGroup(long id) {
        return new ChownOptions(user, uid, null, id, at);
    }

    /**
     * {@code dir_fd=fd}.
     *
     * @param fd the directory a relative path is resolved against
     * @return the new options
     */
    public ChownOptions withDirFd(int fd) {
        return new ChownOptions(user, uid, group, gid, new At(fd, at.followSymlinks()));
    }

    /**
     * {@code follow_symlinks=on}.
     *
     * @param on whether a symlink is followed
     * @return the new options
     */
    public ChownOptions withFollowSymlinks(boolean on) {
        return new ChownOptions(user, uid, group, gid, new At(at.dirFd(), on));
    }
}
