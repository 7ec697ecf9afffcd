package org.osprey.shell;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.mmap.MmapOptions;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * The {@code mmap} scope: a file mapped read-only ({@code mmap(fd, 0, access=ACCESS_READ)}) and searched in place,
 * as a Python one-liner would, {@code find} and {@code rfind} printing the offset (-1 when absent) and {@code count}
 * the non-overlapping occurrences; the text is searched as UTF-8 bytes.
 */
@Component(service = MmapCommands.class, property = {"osgi.command.scope=mmap", "osgi.command.function=find",
        "osgi.command.function=rfind", "osgi.command.function=count"})
public final class MmapCommands {
    private final Mmap mmap;
    private final Os os;

    @Activate
    public MmapCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Mmap mmap,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.mmap = Objects.requireNonNull(mmap, "mmap");
        this.os = Objects.requireNonNull(os, "os");
    }

    /** {@code mmap(...).find(text)}: the offset of the first occurrence, or -1. */
    public long find(String path, String text) throws OsException {
        return search(path, text, Search.FIRST);
    }

    /** {@code mmap(...).rfind(text)}: the offset of the last occurrence, or -1. */
    public long rfind(String path, String text) throws OsException {
        return search(path, text, Search.LAST);
    }

    /** How many times {@code text} occurs, not overlapping: {@code find} from the end of each match. */
    public long count(String path, String text) throws OsException {
        return search(path, text, Search.COUNT);
    }

    private enum Search { FIRST, LAST, COUNT }

    private long search(String path, String text, Search what) throws OsException {
        byte[] sub = text.getBytes(StandardCharsets.UTF_8);
        int fd = os.open(path, os.O_RDONLY());
        try {
            if (os.fstat(fd).size() == 0) {
                return what == Search.COUNT ? 0 : -1; // mmap refuses an empty file: nothing to find
            }
            try (MemoryMap m = mmap.mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ))) {
                return switch (what) {
                    case FIRST -> m.find(sub);
                    case LAST -> m.rfind(sub);
                    case COUNT -> count(m, sub);
                };
            }
        } finally {
            os.close(fd);
        }
    }

    private static long count(MemoryMap m, byte[] sub) {
        long n = 0;
        for (long at = m.find(sub, 0); at >= 0; at = m.find(sub, at + Math.max(1, sub.length))) {
            n++;
        }
        return n;
    }
}
