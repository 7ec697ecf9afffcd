package org.osprey.posix.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;

/**
 * Python's {@code getxattr}/{@code setxattr}/{@code listxattr}/{@code removexattr} over one platform's calls:
 * a file is named by a path ({@code follow}ing a final symlink or not) or by an open descriptor. Values go
 * through this thread's out buffer, which grows when the kernel answers {@code ERANGE}.
 */
public abstract class Xattrs {
    /** Either a path (the address of its bytes) or a descriptor, as the calls take it. */
    public record Target(long path, int fd, boolean follow) {
        static final int NO_FD = -1;

        /** Whether the file is named by its descriptor. */
        public boolean isFd() {
            return path == 0;
        }
    }

    private final Natives natives;
    private final ErrnoTranslator errors;
    private final int erange;

    protected Xattrs(Natives natives, ErrnoTranslator errors) {
        this.natives = natives;
        this.errors = errors;
        this.erange = PlatformErrno.ERANGE;
    }

    protected abstract Map<String, Integer> constants();

    protected abstract long get(Target t, long name, long value, long size);

    protected abstract int set(Target t, long name, long value, long size, int flags);

    protected abstract long list(Target t, long names, long size);

    protected abstract int remove(Target t, long name);

    static Target path(String path, boolean follow) {
        return new Target(PathCodec.encode(path, Scratch.get().path()), Target.NO_FD, follow);
    }

    static Target fd(int fd) {
        return new Target(0, fd, true);
    }

    byte[] get(Target t, String filename, String attribute) throws OsException {
        Scratch scratch = Scratch.get();
        long name = PathCodec.encode(attribute, scratch.path2());
        NativeBuffer out = scratch.out();
        byte[] value = new byte[fill(out, (buffer, size) -> get(t, name, buffer, size), filename)];
        out.bytes().get(0, value);
        return value;
    }

    void set(Target t, String filename, String attribute, byte[] value, int flags) throws OsException {
        Scratch s = Scratch.get();
        long name = PathCodec.encode(attribute, s.path2());
        NativeBuffer in = s.out().ensure(value.length);
        in.bytes().put(0, value);
        if (set(t, name, in.address(), value.length, flags) != 0) {
            throw errors.last(filename);
        }
    }

    List<String> list(Target t, String filename) throws OsException {
        NativeBuffer out = Scratch.get().out();
        return split(out, fill(out, (buffer, size) -> list(t, buffer, size), filename));
    }

    /** A call that fills a buffer of a given size, or with a null buffer tells the size it needs. */
    private interface SizedCall {
        long call(long buffer, long size);
    }

    /**
     * Fills {@code out} in one call where it is big enough (a copy's xattrs are usually few and short); on
     * {@code ERANGE} asks the size, grows the buffer and tries again (the value may grow in between).
     */
    private int fill(NativeBuffer out, SizedCall call, String filename) throws OsException {
        while (true) {
            long got = call.call(out.address(), out.capacity());
            if (got >= 0) {
                return (int) got;
            }
            if (natives.errno() != erange) {
                throw errors.last(filename);
            }
            long size = call.call(0, 0);
            if (size < 0) {
                throw errors.last(filename);
            }
            out.ensure((int) size + 1);
        }
    }

    /** The list is NUL-terminated names, one after another. */
    private static List<String> split(NativeBuffer out, int length) {
        List<String> names = new ArrayList<>();
        byte[] all = new byte[length];
        out.bytes().get(0, all);
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (all[i] == 0) {
                names.add(FsCodec.decode(Arrays.copyOfRange(all, start, i)));
                start = i + 1;
            }
        }
        return names;
    }

    void remove(Target t, String filename, String attribute) throws OsException {
        if (remove(t, PathCodec.encode(attribute, Scratch.get().path2())) != 0) {
            throw errors.last(filename);
        }
    }
}
