package org.osprey.posix.abi;

import java.util.Map;

/**
 * The platform's memory-map numbers: Python's {@code mmap} constants, and the flags the provider passes itself.
 *
 * @param python  {@code PROT_*}, {@code MAP_*}, {@code MADV_*} as CPython's {@code mmap} has them here
 * @param msSync  {@code MS_SYNC}, what {@code flush} asks of {@code msync}
 * @param mapFixed {@code MAP_FIXED}
 * @param mapPrivateAnonymous {@code MAP_PRIVATE | MAP_ANONYMOUS}
 */
public record MapConstants(Map<String, Integer> python, int msSync, int mapFixed, int mapPrivateAnonymous) {
    public MapConstants {
        python = Map.copyOf(python);
    }

    /** Linux's numbers ({@code MAP_32BIT} on x86-64 only, as CPython's build there). */
    public static final MapConstants LINUX = new MapConstants(linux(), 4, 0x10, 0x02 | 0x20);

    /** macOS's numbers, from its {@code <sys/mman.h>}; CPython 3.13 added the macOS {@code MAP_*} (gh-113868). */
    public static final MapConstants DARWIN = new MapConstants(Map.ofEntries(Map.entry("PROT_READ", 1),
            Map.entry("PROT_WRITE", 2), Map.entry("PROT_EXEC", 4), Map.entry("MAP_SHARED", 1),
            Map.entry("MAP_PRIVATE", 2), Map.entry("MAP_ANON", 0x1000), Map.entry("MAP_ANONYMOUS", 0x1000),
            Map.entry("MAP_NORESERVE", 0x40), Map.entry("MAP_NOEXTEND", 0x100), Map.entry("MAP_HASSEMAPHORE", 0x200),
            Map.entry("MAP_NOCACHE", 0x400), Map.entry("MAP_JIT", 0x800), Map.entry("MAP_RESILIENT_CODESIGN", 0x2000),
            Map.entry("MAP_RESILIENT_MEDIA", 0x4000), Map.entry("MAP_32BIT", 0x8000),
            Map.entry("MAP_TRANSLATED_ALLOW_EXECUTE", 0x20000), Map.entry("MAP_UNIX03", 0x40000),
            Map.entry("MAP_TPRO", 0x80000),
            Map.entry("MADV_NORMAL", 0), Map.entry("MADV_RANDOM", 1), Map.entry("MADV_SEQUENTIAL", 2),
            Map.entry("MADV_WILLNEED", 3), Map.entry("MADV_DONTNEED", 4), Map.entry("MADV_FREE", 5),
            Map.entry("MADV_FREE_REUSABLE", 7), Map.entry("MADV_FREE_REUSE", 8)), 0x10, 0x10, 0x02 | 0x1000);

    private static Map<String, Integer> linux() {
        Map<String, Integer> c = new java.util.HashMap<>(Map.ofEntries(Map.entry("PROT_READ", 1),
                Map.entry("PROT_WRITE", 2), Map.entry("PROT_EXEC", 4), Map.entry("MAP_SHARED", 1),
                Map.entry("MAP_PRIVATE", 2), Map.entry("MAP_ANON", 0x20), Map.entry("MAP_ANONYMOUS", 0x20),
                Map.entry("MAP_DENYWRITE", 0x800), Map.entry("MAP_EXECUTABLE", 0x1000),
                Map.entry("MAP_NORESERVE", 0x4000), Map.entry("MAP_POPULATE", 0x8000),
                Map.entry("MAP_STACK", 0x20000), Map.entry("MADV_NORMAL", 0), Map.entry("MADV_RANDOM", 1),
                Map.entry("MADV_SEQUENTIAL", 2), Map.entry("MADV_WILLNEED", 3), Map.entry("MADV_DONTNEED", 4),
                Map.entry("MADV_FREE", 8), Map.entry("MADV_REMOVE", 9), Map.entry("MADV_DONTFORK", 10),
                Map.entry("MADV_DOFORK", 11), Map.entry("MADV_MERGEABLE", 12), Map.entry("MADV_UNMERGEABLE", 13),
                Map.entry("MADV_HUGEPAGE", 14), Map.entry("MADV_NOHUGEPAGE", 15), Map.entry("MADV_DONTDUMP", 16),
                Map.entry("MADV_DODUMP", 17), Map.entry("MADV_HWPOISON", 100)));
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            c.put("MAP_32BIT", 0x40);
        }
        return c;
    }
}
