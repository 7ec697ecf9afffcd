package org.osprey.posix.proc;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osprey.os.FsCodec;
import org.osprey.posix.memory.NativeBuffer;

/**
 * What {@code posix_spawn} and {@code execve} read, in its thread's {@link SpawnScratch}: a slot for the child's pid,
 * room for the two {@code sigset_t} of {@code execve}, the program's file name, and {@code argv} and
 * {@code envp} as arrays of C strings ending in a null pointer.
 * Names and values are encoded as file names are (UTF-8 with surrogateescape).
 */
final class ProgramImage {
    private static final int SIGSET = 64;
    private static final int SAVED_SIGSET = SIGSET + 256;
    private static final int HEAD = SAVED_SIGSET + 256;

    private final NativeBuffer memory;
    final long pidSlot;
    /** {@code sigset_t}: 128 bytes in glibc, 4 on macOS; twice, the second for a mask to restore. */
    final long sigset;
    final long savedSigset;
    final long file;
    final long argv;
    /** 0 where the environment is the process's own. */
    final long envp;

    /** @param env {@code null} for none of its own */
    ProgramImage(String file, List<String> args, Map<String, String> env) {
        byte[] name = FsCodec.encode(file);
        List<byte[]> argBytes = encodeAll(args);
        List<byte[]> envBytes = null;
        if (env != null) {
            List<String> entries = new ArrayList<>();
            env.forEach((k, v) -> entries.add(k + "=" + v));
            envBytes = encodeAll(entries);
        }
        int pointers = args.size() + 1 + (envBytes == null ? 0 : envBytes.size() + 1);
        int size = HEAD + pointers * Long.BYTES + name.length + 1 + bytes(argBytes) + bytes(envBytes);
        memory = SpawnScratch.current().image(size);
        ByteBuffer b = memory.bytes();
        long base = memory.address();
        int strings = HEAD + pointers * Long.BYTES;
        pidSlot = base;
        sigset = base + SIGSET;
        savedSigset = base + SAVED_SIGSET;
        argv = base + HEAD;
        envp = envBytes == null ? 0 : argv + (args.size() + 1) * (long) Long.BYTES;
        this.file = base + strings;
        int at = put(b, strings, name);
        at = vector(b, base, HEAD, argBytes, at);
        if (envBytes != null) {
            vector(b, base, (int) (envp - base), envBytes, at);
        }
    }

    /** The child's pid that {@code posix_spawn} wrote. */
    int pid() {
        return memory.bytes().getInt(0);
    }

    private static List<byte[]> encodeAll(List<String> strings) {
        List<byte[]> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            out.add(FsCodec.encode(s));
        }
        return out;
    }

    private static int bytes(List<byte[]> strings) {
        int n = 0;
        if (strings != null) {
            for (byte[] s : strings) {
                n += s.length + 1;
            }
        }
        return n;
    }

    /** Writes {@code s} and its NUL at {@code at}; returns where the next string goes. */
    private static int put(ByteBuffer b, int at, byte[] s) {
        b.put(at, s);
        b.put(at + s.length, (byte) 0);
        return at + s.length + 1;
    }

    /** Writes the strings from {@code at} on and their pointers, then a null one, at {@code table}. */
    private static int vector(ByteBuffer b, long base, int table, List<byte[]> strings, int at) {
        for (int i = 0; i < strings.size(); i++) {
            b.putLong(table + i * Long.BYTES, base + at);
            at = put(b, at, strings.get(i));
        }
        b.putLong(table + strings.size() * Long.BYTES, 0L);
        return at;
    }
}
