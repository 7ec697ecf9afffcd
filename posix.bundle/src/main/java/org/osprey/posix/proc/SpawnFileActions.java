package org.osprey.posix.proc;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.os.SpawnAction;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.natives.ChildCalls;

/**
 * A {@code posix_spawn_file_actions_t} made from {@link SpawnAction}s, in native memory of its own with the paths
 * it names; {@link #close} destroys it. No actions: no object ({@link #address()} 0).
 *
 * <p>A {@code CloseFrom} where the C library has no {@code posix_spawn_file_actions_addclosefrom_np} (before
 * glibc 2.34, macOS) closes each descriptor open here, or made by an earlier action, from that number on: glibc
 * ignores the close of one that is not open. One {@code keep} descriptor, the helper's report pipe
 * ({@link Children}), is made first and survives every {@code CloseFrom}.
 */
final class SpawnFileActions implements AutoCloseable {
    private static final String CLOSEFROM = "posix_spawn_file_actions_addclosefrom_np";
    private static final String CHDIR = "posix_spawn_file_actions_addchdir_np";
    /** {@code posix_spawn_file_actions_t}: 80 bytes in glibc, a pointer on macOS. */
    private static final int OBJECT = 256;

    private final ChildCalls calls;
    private final ProcSide p;
    private final NativeBuffer memory;
    private final long actions;
    /** Where the next path goes in {@link #memory}. */
    private int strings = OBJECT;
    private final boolean nativeClosefrom;
    /** The descriptors earlier actions made, which the open ones listed before the spawn do not show. */
    private final SortedSet<Integer> made = new TreeSet<>();
    private SortedSet<Integer> open;
    private final int keep;

    private SpawnFileActions(List<SpawnAction> list, int keep, ChildCalls calls, ProcSide p,
            boolean nativeClosefrom) {
        this.calls = calls;
        this.p = p;
        this.keep = keep;
        this.nativeClosefrom = nativeClosefrom;
        int size = OBJECT;
        for (SpawnAction action : list) {
            size += path(action).length + 1;
        }
        this.memory = SpawnScratch.current().actions(size);
        this.actions = memory.address();
    }

    private static final SpawnFileActions NONE = new SpawnFileActions();

    private SpawnFileActions() {
        this.calls = null;
        this.p = null;
        this.memory = null;
        this.actions = 0;
        this.keep = -1;
        this.nativeClosefrom = false;
    }

    /** {@code list}, as CPython adds them: an error of the C library is its {@code OSError}, with no file name. */
    static SpawnFileActions of(List<SpawnAction> list, ChildCalls calls, ProcSide p) throws OsException {
        return of(list, -1, -1, calls, p, calls.has(CLOSEFROM));
    }

    /**
     * {@code dup2(source, keep)} and then {@code list}, where no action of {@code list} touches {@code keep}: a
     * {@code CloseFrom} at or below it closes the others one by one.
     */
    static SpawnFileActions keeping(int source, int keep, List<SpawnAction> list, ChildCalls calls, ProcSide p)
            throws OsException {
        return of(list, source, keep, calls, p, calls.has(CLOSEFROM));
    }

    /** @param nativeClosefrom whether to use {@code addclosefrom_np} (tests try without) */
    static SpawnFileActions of(List<SpawnAction> list, int source, int keep, ChildCalls calls, ProcSide p,
            boolean nativeClosefrom) throws OsException {
        if (list.isEmpty() && keep < 0) {
            return NONE;
        }
        if (!calls.has(CHDIR) && list.stream().anyMatch(SpawnAction.Chdir.class::isInstance)) {
            throw Unsupported.of("posix_spawn file action chdir",
                    "this C library has no " + CHDIR + " (glibc 2.29+, macOS 10.15+)");
        }
        SpawnFileActions a = new SpawnFileActions(list, keep, calls, p, nativeClosefrom);
        p.checkError(calls.fileActionsInit(a.actions));
        try {
            if (keep >= 0) {
                p.checkError(calls.fileActionsAdddup2(a.actions, source, keep));
            }
            for (SpawnAction action : list) {
                a.add(action);
            }
        } catch (OsException | RuntimeException e) {
            a.close();
            throw e;
        }
        return a;
    }

    /** A descriptor above every one open here and every one {@code list} names: one no action can touch. */
    static int free(List<SpawnAction> list) {
        int top = OpenDescriptors.list().last();
        for (SpawnAction action : list) {
            if (action instanceof SpawnAction.Open o) {
                top = Math.max(top, o.fd());
            } else if (action instanceof SpawnAction.Close c) {
                top = Math.max(top, c.fd());
            } else if (action instanceof SpawnAction.Dup2 d) {
                top = Math.max(top, Math.max(d.fd(), d.newFd()));
            }
        }
        return Math.addExact(top, 1);
    }

    private void add(SpawnAction action) throws OsException {
        if (action instanceof SpawnAction.Open o) {
            p.checkError(calls.fileActionsAddopen(actions, o.fd(), string(o.path()), o.flags(), o.mode()));
            made.add(o.fd());
        } else if (action instanceof SpawnAction.Close c) {
            p.checkError(calls.fileActionsAddclose(actions, c.fd()));
        } else if (action instanceof SpawnAction.Dup2 d) {
            p.checkError(calls.fileActionsAdddup2(actions, d.fd(), d.newFd()));
            made.add(d.newFd());
        } else if (action instanceof SpawnAction.CloseFrom f) {
            closeFrom(f.fd());
        } else if (action instanceof SpawnAction.Chdir c) {
            p.checkError(calls.fileActionsAddchdir(actions, string(c.path())));
        }
    }

    private void closeFrom(int from) throws OsException {
        if (nativeClosefrom && keep < from) {
            p.checkError(calls.fileActionsAddclosefrom(actions, from));
            return;
        }
        if (open == null) {
            open = OpenDescriptors.list();
        }
        SortedSet<Integer> all = new TreeSet<>(open.tailSet(from));
        all.addAll(made.tailSet(from));
        for (int fd : all) {
            if (fd != keep) {
                p.checkError(calls.fileActionsAddclose(actions, fd));
            }
        }
        if (nativeClosefrom) {
            // those opened here since the listing; keep is the highest of the rest
            p.checkError(calls.fileActionsAddclosefrom(actions, keep + 1));
        }
    }

    private static byte[] path(SpawnAction action) {
        if (action instanceof SpawnAction.Open o) {
            return FsCodec.encode(o.path());
        }
        return action instanceof SpawnAction.Chdir c ? FsCodec.encode(c.path()) : new byte[0];
    }

    /** {@code s} as a C string in this object's memory. */
    private long string(String s) {
        byte[] bytes = FsCodec.encode(s);
        ByteBuffer b = memory.bytes();
        b.put(strings, bytes);
        b.put(strings + bytes.length, (byte) 0);
        long at = memory.address() + strings;
        strings += bytes.length + 1;
        return at;
    }

    /** The {@code posix_spawn_file_actions_t *} to pass to {@code posix_spawn}, or 0 for none. */
    long address() {
        return actions;
    }

    @Override
    public void close() {
        if (actions != 0) {
            calls.fileActionsDestroy(actions);
            Reference.reachabilityFence(memory);
        }
    }
}
