package org.osprey.kit;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.Python;

/** A small generated tree with every kind of entry, for comparing directory reading and walks with Python. */
public final class Tree {
    private Tree() {
    }

    /**
     * Under {@code root}: nested directories with files, a symlink to a directory (no cycle), a symlink to a
     * file, a dangling symlink and a FIFO.
     */
    public static void create(Os os, String root) throws OsException {
        for (String d : new String[] {"a", "a/aa", "a/aa/aaa", "a/ab", "b", "b/ba", "c", "empty"}) {
            os.mkdir(root + "/" + d);
        }
        for (String f : new String[] {"top.txt", "a/one", "a/two", "a/aa/deep", "a/aa/aaa/deeper", "b/ba/x", "c/y"}) {
            os.close(os.open(root + "/" + f, os.O_CREAT() | os.O_WRONLY(), 0644));
        }
        os.symlink("../a/aa", root + "/c/link-to-dir", true);
        os.symlink("top.txt", root + "/link-to-file");
        os.symlink("nowhere", root + "/dangling");
        Python.run("import os, sys; os.mkfifo(sys.argv[1])", root + "/b/fifo");
    }
}
