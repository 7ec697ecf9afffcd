package org.osprey.posix;

import org.osprey.os.spi.OsProvider;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.dir.DirStreams;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.fd.FdOps;
import org.osprey.posix.files.FileOps;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.proc.Children;
import org.osprey.posix.proc.ProcSide;

/** The POSIX provider's way to its native side, shared by its facets: loaded and bound on first use. */
final class NativeSide {
    /** The one way to the native side: nothing is loaded or bound before a call needs it. */
    private static final NativeDoor DOOR = NativeDoor.system();

    private NativeSide() {
    }

    /** What the calls use once the native side is loaded. */
    record Loaded(Natives natives, LibC libc, Abi abi, ErrnoTranslator errors, DirStreams dirs) {
        int at(int dirFd) {
            return dirFd == OsProvider.NO_DIR_FD ? abi.atFdcwd() : dirFd;
        }
    }

    /** @throws IllegalStateException saying why, where the native side does not load */
    static Loaded n() {
        return DOOR.part(Loaded.class, door -> new Loaded(door.natives(), door.natives().libc(),
                door.natives().abi(), door.errors(), new DirStreams(door.natives(), door.errors())));
    }

    /** Why the native side does not load here, or {@code null} if it does. */
    static String whyUnusable() {
        try {
            n();
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    /** The calls of {@link FileOps}, bound on first use. */
    static FileOps fileOps() {
        n(); // an unusable provider says why
        return DOOR.part(FileOps.class, FileOps::new);
    }

    /** The descriptor calls, bound the first time one is made. */
    static FdOps fds() {
        n(); // an unusable provider says why
        return DOOR.part(FdOps.class, FdOps::new);
    }

    /** The calls that signal, wait for, start and replace processes, bound on first use. */
    static Children children() {
        n(); // an unusable provider says why
        return Children.of(DOOR);
    }

    /** The process, system and scheduling calls, bound on first use. */
    static ProcSide proc() {
        n(); // an unusable provider says why
        return ProcSide.of(DOOR);
    }
}
