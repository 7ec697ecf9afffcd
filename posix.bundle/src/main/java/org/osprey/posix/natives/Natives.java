package org.osprey.posix.natives;

import java.util.Set;
import java.util.function.Function;

import com.kenai.jffi.LastError;
import com.kenai.jffi.MemoryIO;
import org.osprey.posix.abi.Abi;

/**
 * The native side, loaded once: the C library's core calls ({@link LibC}) found through jffi, and jffi's raw
 * memory access. Errno is the one jffi saved for this thread right after its last call.
 */
public final class Natives {
    /** Bound where they exist: a Linux-only speed-up, and macOS's way to its environ. */
    private static final Set<String> OPTIONAL_SYMBOLS = Set.of("getdents64", "_NSGetEnviron");

    private final Abi abi;
    private final LibC libc;
    private final LastError lastError;
    private final MemoryIO memory;
    private final boolean getdents64;

    private Natives(Abi abi, LibC libc) {
        this.abi = abi;
        this.libc = libc;
        this.lastError = LastError.getInstance();
        this.memory = MemoryIO.getInstance();
        this.getdents64 = abi.variant().hasGetdents64();
    }

    /**
     * Loads the native side for the running platform.
     *
     * @throws IllegalStateException if the platform is not one whose ABI is written out here, or its C library
     *                               lacks a core function
     * @throws LinkageError          if the native parts do not load
     */
    public static Natives load() {
        JffiStub.load(); // before anything touches jffi, the struct layouts included
        Abi abi = Abi.of(System.getProperty("os.name"), System.getProperty("os.arch")).orElse(null);
        if (abi == null) {
            throw new IllegalStateException("no struct layouts for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch"));
        }
        return new Natives(abi, bind(LIBC, abi, OPTIONAL_SYMBOLS));
    }

    /** LibC's constructor as a class, not a method reference: no lambda on the way to a process's first call. */
    private static final Function<Binder, LibC> LIBC = new Function<>() {
        @Override
        public LibC apply(Binder binder) {
            return new LibC(binder);
        }
    };

    /**
     * A binding of C library functions ({@code make} is its constructor), for a part of the provider that loads
     * on first use ({@link NativeDoor#bind}), after checking that the C library has every function of it but
     * those the variant lacks and those named in {@code optional}.
     *
     * @throws IllegalStateException naming the functions the C library lacks
     */
    static <T> T bind(Function<Binder, T> make, Abi abi, Set<String> optional) {
        Binder binder = new Binder(abi, optional);
        T binding = make.apply(binder);
        binder.requireAll();
        return binding;
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
        return lastError.get();
    }

    /** Clears errno, before a call such as {@code readdir} that sets it only on failure. */
    public void clearErrno() {
        lastError.set(0);
    }

    /** Where the C library keeps {@code environ} (a dlsym on Linux): found once. */
    private long environVariable;

    /** The address of the process's {@code char **environ}. */
    public long environ() {
        long variable = environVariable;
        if (variable == 0) { // a race only looks it up twice: the variable never moves
            variable = abi.variant().environVariable(libc);
            environVariable = variable;
        }
        return memory.getAddress(variable);
    }
}
