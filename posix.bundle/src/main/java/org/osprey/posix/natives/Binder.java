package org.osprey.posix.natives;

import java.util.Set;
import java.util.TreeSet;

import com.kenai.jffi.Library;
import com.kenai.jffi.Type;
import org.osprey.posix.abi.Abi;

/**
 * Finds the C functions of one binding class in the C library, with their C types, and says at once which ones
 * are missing: a binding fails when it is made, never at its first call. Functions named optional (or that the
 * platform variant lacks) may be absent; they then refuse to be called.
 */
public final class Binder {
    /** {@code int} and the other C types up to 32 bits. */
    public static final Type INT = Type.SINT;
    /** {@code long}, {@code ssize_t}, {@code off_t} and the other signed 64-bit types of LP64. */
    public static final Type LONG = Type.SLONG;
    /** {@code size_t} and the other unsigned 64-bit types of LP64. */
    public static final Type SIZE = Type.ULONG;
    public static final Type POINTER = Type.POINTER;
    public static final Type VOID = Type.VOID;

    /** Symbols whose 64-bit-inode variant Intel macOS exports under another name. */
    private static final Set<String> INODE64_SYMBOLS = Set.of("fstat", "fstatat", "fdopendir", "readdir");

    private final Abi abi;
    private final Set<String> optional;
    private final Set<String> missing = new TreeSet<>();
    private final Set<String> absent = new TreeSet<>();

    Binder(Abi abi, Set<String> optional) {
        this.abi = abi;
        this.optional = optional;
    }

    /** The function {@code name} returning {@code result} and taking {@code parameters}. */
    public CFunction function(String name, Type result, Type... parameters) {
        return make(name, result, parameters, -1);
    }

    /** A variadic function: its first {@code fixed} parameters are named, the rest are the ones passed here. */
    public CFunction variadic(String name, int fixed, Type result, Type... parameters) {
        return make(name, result, parameters, fixed);
    }

    private CFunction make(String name, Type result, Type[] parameters, int fixed) {
        long address = Library.getDefault().getSymbolAddress(symbol(name));
        if (address == 0) {
            absent.add(name);
            if (!optional.contains(name) && !abi.variant().absentSymbols().contains(name)) {
                missing.add(name);
            }
        }
        return new CFunction(name, result, parameters, fixed, address);
    }

    /** The functions made so far that the C library lacks (optional ones: the others fail {@link #requireAll}). */
    public Set<String> absent() {
        return Set.copyOf(absent);
    }

    /** @throws IllegalStateException naming the functions the C library lacks */
    void requireAll() {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the C library lacks " + missing);
        }
    }

    /** The symbol that the C function {@code function} is exported as. */
    private String symbol(String function) {
        return abi == Abi.DARWIN_X86_64 && INODE64_SYMBOLS.contains(function) ? function + "$INODE64" : function;
    }
}
