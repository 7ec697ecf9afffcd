package org.osprey.posix.natives;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.variant.Variant;

/**
 * The provider's one way to its native side. The core (the C library, {@link Natives}) loads on the first call
 * that needs it; every other part, a binding of one group of C functions or what is built over it, is bound the
 * first time it is asked for: once, by one thread, while others wait. A part that cannot be bound fails alike on
 * every call, and so does the core; nothing is bound before it is needed.
 */
public final class NativeDoor {
    /** Bound on first use; a failure is kept and thrown again. */
    private static final class Lazy<T> {
        private final Supplier<? extends T> make;
        private volatile T value;
        private RuntimeException failure;

        Lazy(Supplier<? extends T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            return v != null ? v : make();
        }

        private synchronized T make() {
            if (value == null && failure == null) {
                try {
                    value = make.get();
                } catch (RuntimeException | LinkageError e) {
                    failure = new IllegalStateException(e.getMessage(), e);
                }
            }
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return value;
        }
    }

    private final Lazy<Natives> core;
    private final ConcurrentMap<Class<?>, Lazy<?>> parts = new ConcurrentHashMap<>();

    private NativeDoor(Supplier<Natives> load) {
        this.core = new Lazy<>(load);
    }

    /** The door to the running platform's C library. */
    public static NativeDoor system() {
        return new NativeDoor(new CoreLoad());
    }

    /*
     * What runs on the way to a process's first call is written with classes, not lambdas: a lambda's first use
     * bootstraps invokedynamic and spins a class at run time (issue 11: 6-7 ms of a start).
     */

    /** Loads the core, saying which platform it cannot serve. */
    private static final class CoreLoad implements Supplier<Natives> {
        @Override
        public Natives get() {
            try {
                return Natives.load();
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("org.osprey.posix cannot serve " + System.getProperty("os.name")
                        + "/" + System.getProperty("os.arch") + ": " + e, e);
            }
        }
    }

    /** Makes a part over its door. */
    private static final class PartMake<T> implements Supplier<T> {
        private final NativeDoor door;
        private final Function<NativeDoor, ? extends T> make;

        PartMake(NativeDoor door, Function<NativeDoor, ? extends T> make) {
            this.door = door;
            this.make = make;
        }

        @Override
        public T get() {
            return make.apply(door);
        }
    }

    private static final Function<NativeDoor, ErrnoTranslator> ERRORS = new Function<>() {
        @Override
        public ErrnoTranslator apply(NativeDoor door) {
            return new ErrnoTranslator(door.natives());
        }
    };

    /** @throws IllegalStateException saying why, where the native side does not load */
    public Natives natives() {
        return core.get();
    }

    public Variant variant() {
        return natives().abi().variant();
    }

    /** The provider's one error translator. */
    public ErrnoTranslator errors() {
        return part(ErrnoTranslator.class, ERRORS);
    }

    /**
     * The part of type {@code type}, made by {@code make} over this door the first time it is asked for.
     *
     * @throws IllegalStateException where it cannot be made
     */
    public <T> T part(Class<T> type, Function<NativeDoor, ? extends T> make) {
        Lazy<?> lazy = parts.get(type);
        if (lazy == null) {
            Lazy<T> made = new Lazy<>(new PartMake<>(this, make));
            lazy = parts.putIfAbsent(type, made);
            if (lazy == null) {
                lazy = made;
            }
        }
        return type.cast(lazy.get());
    }

    /**
     * The binding {@code binding} of C library functions, made by its constructor {@code make} the first time it
     * is asked for, checked first to have each function but those the platform variant lacks.
     */
    public <T> T bind(Class<T> binding, Function<Binder, T> make) {
        return bind(binding, make, Set.of());
    }

    /** Like {@link #bind(Class, Function)}, where also the functions named in {@code optional} may be missing. */
    public <T> T bind(Class<T> binding, Function<Binder, T> make, Set<String> optional) {
        return part(binding, new Binding<>(make, optional));
    }

    /** Binds a group of C functions over a door's core. */
    private static final class Binding<T> implements Function<NativeDoor, T> {
        private final Function<Binder, T> make;
        private final Set<String> optional;

        Binding(Function<Binder, T> make, Set<String> optional) {
            this.make = make;
            this.optional = optional;
        }

        @Override
        public T apply(NativeDoor door) {
            return Natives.bind(make, door.natives().abi(), optional);
        }
    }
}
