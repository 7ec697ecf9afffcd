package org.osprey.tempfile;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;

/**
 * Run by {@link TemporaryDirectoryTest} in a child JVM whose permission checks apply (as root: without
 * {@code CAP_DAC_OVERRIDE}): removes read-only trees and reports, one line per question, what happened.
 */
public final class ReadOnlyTreeChild {
    private ReadOnlyTreeChild() {
    }

    public static void main(String[] args) throws Exception {
        Os os = Os.get();
        Tempfile tf = Tempfile.of(os);
        String base = args[0];
        System.out.println("enforced " + permissionsApply(os, base));

        TemporaryDirectory td = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(base));
        String top = td.name();
        readOnlyTree(os, top);
        td.close();
        System.out.println("removed " + !os.path().lexists(top));

        String locked = os.path().join(base, "locked");
        os.mkdir(locked, 0700);
        TemporaryDirectory ignoring = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(locked)
                .withIgnoreCleanupErrors(true));
        TemporaryDirectory strict = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(locked));
        readOnlyTree(os, ignoring.name());
        readOnlyTree(os, strict.name());
        os.chmod(locked, 0500); // the tops cannot be removed from here: nothing may fix that
        ignoring.close();
        System.out.println("ignored " + os.listdir(ignoring.name()) + " " + os.path().isdir(ignoring.name()));
        try {
            strict.close();
            System.out.println("strict no error");
        } catch (PermissionOsException e) {
            System.out.println("strict " + e.getClass().getSimpleName() + " " + e.filename().equals(strict.name())
                    + " " + os.listdir(strict.name()));
        }
        os.chmod(locked, 0700);
        strict.close();
        System.out.println("strict again " + os.path().lexists(strict.name()));
        os.rmdir(ignoring.name());
        os.rmdir(locked);
    }

    private static boolean permissionsApply(Os os, String base) throws OsException {
        String probe = os.path().join(base, "probe");
        os.mkdir(probe, 0500);
        try {
            os.mkdir(os.path().join(probe, "x"));
            return false;
        } catch (PermissionOsException e) {
            return true;
        } finally {
            os.rmdir(probe);
        }
    }

    /** Read-only, write-only, unsearchable and unreadable directories, with read-only files in them. */
    private static void readOnlyTree(Os os, String top) throws Exception {
        for (String dir : new String[] {"ro", "ro/sub", "noexec", "noaccess", "noread"}) {
            os.mkdir(os.path().join(top, dir));
            os.close(os.open(os.path().join(top, dir, "file"), os.O_CREAT() | os.O_WRONLY(), 0400));
        }
        os.close(os.open(os.path().join(top, "file"), os.O_CREAT() | os.O_WRONLY(), 0));
        os.chmod(os.path().join(top, "ro/sub"), 0500);
        os.chmod(os.path().join(top, "ro"), 0500);
        os.chmod(os.path().join(top, "noexec"), 0600);
        os.chmod(os.path().join(top, "noaccess"), 0);
        os.chmod(os.path().join(top, "noread"), 0300);
        os.chmod(top, 0500);
    }
}
