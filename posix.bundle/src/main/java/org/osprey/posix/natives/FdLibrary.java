package org.osprey.posix.natives;

import java.util.Set;

import com.kenai.jffi.Library;
import org.osprey.posix.abi.Abi;

/** The file-descriptor calls ({@link FdCalls}), bound the first time a descriptor call needs them. */
public final class FdLibrary {
    /** Calls that one of the served platforms lacks; using one where it is missing is reported as unsupported. */
    private static final Set<String> OPTIONAL_SYMBOLS = Set.of("dup3", "pipe2", "close_range", "fdatasync",
            "posix_fallocate", "posix_fadvise", "openpty", "ptsname_r",
            "copy_file_range");

    private FdLibrary() {
    }

    private static final class Holder {
        static final FdCalls CALLS = load();

        private static FdCalls load() {
            Abi abi = Abi.of(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow();
            return Natives.bind(FdCalls.class, abi, OPTIONAL_SYMBOLS);
        }
    }

    /** The bound calls. */
    public static FdCalls calls() {
        return Holder.CALLS;
    }

    /** Whether the C library has {@code function}, for the calls that not every platform has. */
    public static boolean has(String function) {
        return Library.getDefault().getSymbolAddress(function) != 0;
    }
}
