package org.osprey.shell;

import org.osprey.os.Stat;

/** Python's {@code stat.filemode}: {@code -rw-r--r--}, {@code drwxrwxrwt}. */
final class FileMode {
    private FileMode() {
    }

    static String of(int mode) {
        StringBuilder text = new StringBuilder(10).append(kind(mode));
        int[] bits = {Stat.S_IRUSR, Stat.S_IWUSR, Stat.S_IXUSR, Stat.S_IRGRP, Stat.S_IWGRP, Stat.S_IXGRP,
                Stat.S_IROTH, Stat.S_IWOTH, Stat.S_IXOTH};
        for (int i = 0; i < bits.length; i++) {
            text.append((mode & bits[i]) != 0 ? "rwx".charAt(i % 3) : '-');
        }
        special(text, mode, Stat.S_ISUID, 3, 's');
        special(text, mode, Stat.S_ISGID, 6, 's');
        special(text, mode, Stat.S_ISVTX, 9, 't');
        return text.toString();
    }

    /** A set-id or sticky bit shows in the execute place: lower case with execute, upper case without. */
    private static void special(StringBuilder text, int mode, int bit, int at, char mark) {
        if ((mode & bit) != 0) {
            text.setCharAt(at, text.charAt(at) == '-' ? Character.toUpperCase(mark) : mark);
        }
    }

    private static char kind(int mode) {
        switch (Stat.S_IFMT(mode)) {
            case Stat.S_IFDIR: return 'd';
            case Stat.S_IFLNK: return 'l';
            case Stat.S_IFCHR: return 'c';
            case Stat.S_IFBLK: return 'b';
            case Stat.S_IFIFO: return 'p';
            case Stat.S_IFSOCK: return 's';
            default: return '-';
        }
    }

    /** The kind of file in a word, for listings. */
    static String kindName(int mode) {
        switch (Stat.S_IFMT(mode)) {
            case Stat.S_IFDIR: return "dir";
            case Stat.S_IFLNK: return "symlink";
            case Stat.S_IFREG: return "file";
            case Stat.S_IFCHR: return "char-device";
            case Stat.S_IFBLK: return "block-device";
            case Stat.S_IFIFO: return "fifo";
            case Stat.S_IFSOCK: return "socket";
            default: return "unknown";
        }
    }
}
