package org.osprey.posix.abi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file-descriptor constants of each ABI, by Python name, from the system headers ({@code <fcntl.h>},
 * {@code <unistd.h>}, {@code <sys/ioctl.h>}): exactly the names the platform defines, so that a constant
 * Linux has and macOS lacks is absent on macOS rather than carrying Linux's value.
 */
public final class FdConstantTable {
    private FdConstantTable() {
    }

    /** Python's {@code os} constants of {@code abi}: {@code O_*}, {@code SEEK_*}, lockf's, {@code POSIX_FADV_*}. */
    public static Map<String, Integer> of(Abi abi) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("SEEK_SET", 0);
        c.put("SEEK_CUR", 1);
        c.put("SEEK_END", 2);
        c.put("F_ULOCK", 0);
        c.put("F_LOCK", 1);
        c.put("F_TLOCK", 2);
        c.put("F_TEST", 3);
        c.put("O_RDONLY", 0);
        c.put("O_WRONLY", 1);
        c.put("O_RDWR", 2);
        c.put("O_ACCMODE", 3);
        abi.variant().addFdConstants(c, abi);
        return c;
    }
}
