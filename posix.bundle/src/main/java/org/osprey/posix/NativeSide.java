package org.osprey.posix;

import java.util.function.Function;

import org.osprey.os.spi.OsProvider;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.dir.DirStreams;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.fd.FdOps;
import org.osprey.posix.fd.UnixSocketSide;
import org.osprey.posix.memory.MapSide;
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
    /*
     * What every call reaches first, kept in fields once made: a call then costs one field read instead of the
     * door's map lookup (measured: that lookup was 1-2% of a stat). Until made (or while the native side does not
     * load) each call asks the door, which makes the part once or says again why it cannot.
     */
    private static volatile Loaded loaded;
    private static volatile FileOps fileOps;
    private static volatile FdOps fdOps;

    private NativeSide() {
    }

    /** What the calls use once the native side is loaded. */
    record Loaded(Natives natives, LibC libc, Abi abi, ErrnoTranslator errors, DirStreams dirs) {
        int at(int dirFd) {
            return dirFd == OsProvider.NO_DIR_FD ? abi.atFdcwd() : dirFd;
        }
    }

    /*
     * What the calls reach first, made as classes, not lambdas: they are on the way to a process's first call
     * (see NativeDoor).
     */

    /** Makes what the calls use. */
    private static final Function<NativeDoor, Loaded> LOAD = new Function<>() {
        @Override
        public Loaded apply(NativeDoor door) {
            Natives natives = door.natives();
            return new Loaded(natives, natives.libc(), natives.abi(), door.errors(),
                    new DirStreams(natives, door.errors()));
        }
    };

    private static final Function<NativeDoor, FileOps> FILE_OPS = new Function<>() {
        @Override
        public FileOps apply(NativeDoor door) {
            return new FileOps(door);
        }
    };

    private static final Function<NativeDoor, FdOps> FD_OPS = new Function<>() {
        @Override
        public FdOps apply(NativeDoor door) {
            return new FdOps(door);
        }
    };

    /** @throws IllegalStateException saying why, where the native side does not load */
    static Loaded n() {
        Loaded l = loaded;
        if (l == null) {
            loaded = l = DOOR.part(Loaded.class, LOAD);
        }
        return l;
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
        FileOps f = fileOps;
        if (f == null) {
            n(); // an unusable provider says why
            fileOps = f = DOOR.part(FileOps.class, FILE_OPS);
        }
        return f;
    }

    /** The descriptor calls, bound the first time one is made. */
    static FdOps fds() {
        FdOps f = fdOps;
        if (f == null) {
            n(); // an unusable provider says why
            fdOps = f = DOOR.part(FdOps.class, FD_OPS);
        }
        return f;
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

    /** The {@code AF_UNIX} socket calls, bound on first use. */
    static UnixSocketSide sockets() {
        return UnixSocketSide.of(DOOR, fds());
    }

    /** The memory-map calls, bound on first use. */
    static MapSide maps() {
        n(); // an unusable provider says why
        return MapSide.of(DOOR);
    }
}
