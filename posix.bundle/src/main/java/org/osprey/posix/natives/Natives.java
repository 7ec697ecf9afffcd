package org.osprey.posix.natives;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Platform;
import jnr.ffi.Runtime;
import org.osprey.posix.abi.Abi;

/**
 * The native side, loaded once: the C library bound through jnr-ffi ({@link LibC}) and the raw memory access
 * of jffi. Errno is the one jffi saved for this thread right after its last call.
 */
public final class Natives {
    /** Symbols whose 64-bit-inode variant Intel macOS exports under another name. */
    private static final Set<String> INODE64_SYMBOLS = Set.of("fstat", "fstatat", "fdopendir", "readdir");
    /** Bound where they exist: a Linux-only speed-up, and macOS's way to its environ. */
    private static final Set<String> OPTIONAL_SYMBOLS = Set.of("getdents64", "_NSGetEnviron");

    private final Abi abi;
    private final LibC libc;
    private final Runtime runtime;
    private final MemoryIO memory;
    private final boolean getdents64;

    private Natives(Abi abi, LibC libc) {
        this.abi = abi;
        this.libc = libc;
        this.runtime = Runtime.getSystemRuntime();
        this.memory = MemoryIO.getInstance();
        this.getdents64 = abi.variant().hasGetdents64();
    }

    /**
     * Loads the native side for the running platform.
     *
     * @throws IllegalStateException if the platform is not one whose ABI is written out here
     * @throws LinkageError          if the native parts do not load
     */
    public static Natives load() {
        Abi abi = Abi.of(System.getProperty("os.name"), System.getProperty("os.arch"))
                .orElseThrow(() -> new IllegalStateException("no struct layouts for " + System.getProperty("os.name")
                        + "/" + System.getProperty("os.arch")));
        LibraryLoader<LibC> loader = LibraryLoader.create(LibC.class).option(LibraryOption.IgnoreError, true);
        for (String function : INODE64_SYMBOLS) {
            loader.map(function, symbol(abi, function));
        }
        requireSymbols(abi);
        LibC libc = loader.load(Platform.getNativePlatform().getStandardCLibraryName());
        return new Natives(abi, libc);
    }

    /**
     * jnr-ffi binds a missing function to a stub that fails when called; find out now instead (glibc before
     * 2.33, for one, has no {@code fstatat} symbol).
     */
    private static void requireSymbols(Abi abi) {
        requireSymbols(LibC.class, function -> symbol(abi, function), OPTIONAL_SYMBOLS);
    }

    /**
     * Binds another interface of C library functions, for a part of the provider that loads on first use
     * ({@link NativeDoor#bind}), after the same check that the C library has every function of it but those
     * the variant lacks and those named in {@code optional}.
     *
     * @throws IllegalStateException naming the functions the C library lacks
     */
    static <T> T bind(Class<T> binding, Abi abi, Set<String> optional) {
        Set<String> absent = new HashSet<>(optional);
        absent.addAll(abi.variant().absentSymbols());
        requireSymbols(binding, function -> symbol(abi, function), absent);
        return LibraryLoader.create(binding).option(LibraryOption.IgnoreError, true)
                .load(Platform.getNativePlatform().getStandardCLibraryName());
    }

    /**
     * Checks that the C library exports the symbol of every function of the jnr-ffi interface {@code binding}
     * but the {@code optional} ones, so that a binding fails when it loads rather than at its first call.
     *
     * @param symbolOf the exported symbol of a C function (such as a macOS {@code $INODE64} variant)
     * @throws IllegalStateException naming the missing symbols
     */
    private static void requireSymbols(Class<?> binding, UnaryOperator<String> symbolOf, Set<String> optional) {
        Set<String> missing = new TreeSet<>();
        for (Method m : binding.getMethods()) {
            String symbol = symbolOf.apply(m.getName());
            if (!optional.contains(symbol) && Library.getDefault().getSymbolAddress(symbol) == 0) {
                missing.add(symbol);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the C library lacks " + missing);
        }
    }

    /** The symbol that the C function {@code function} is exported as. */
    private static String symbol(Abi abi, String function) {
        return abi == Abi.DARWIN_X86_64 && INODE64_SYMBOLS.contains(function) ? function + "$INODE64" : function;
    }

    public Abi abi() {
        return abi;
    }

    public LibC libc() {
        return libc;
    }

    public MemoryIO memory() {
        return memory;
    }

    /** Whether directories are read with {@code getdents64(2)} rather than {@code readdir(3)}. */
    public boolean hasGetdents64() {
        return getdents64;
    }

    /** The errno saved after this thread's last native call that saves it. */
    public int errno() {
        return runtime.getLastError();
    }

    /** Clears errno, before a call such as {@code readdir} that sets it only on failure. */
    public void clearErrno() {
        runtime.setLastError(0);
    }

    /** The address of the process's {@code char **environ}. */
    public long environ() {
        return memory.getAddress(abi.variant().environVariable(libc));
    }
}
