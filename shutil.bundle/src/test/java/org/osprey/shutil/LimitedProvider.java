package org.osprey.shutil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.Supports;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.support.ForwardingProvider;
import org.osprey.posix.PosixProvider;

/**
 * The real POSIX provider with some abilities taken away, to run shutil's fallbacks for real: the named facet
 * methods throw UnsupportedOperationException, and {@code supports()} may claim no dir_fd/fd support. It can also
 * note the name of every optional facet method called, to show which way shutil went.
 */
final class LimitedProvider extends ForwardingProvider {
    private final boolean supportsNothing;
    private final Set<String> missing;
    private final List<String> called;

    private LimitedProvider(boolean supportsNothing, Set<String> missing, List<String> called) {
        super(new PosixProvider());
        this.supportsNothing = supportsNothing;
        this.missing = missing;
        this.called = called;
    }

    static Os os(boolean supportsNothing, Set<String> missing) {
        return Os.of(new LimitedProvider(supportsNothing, missing, new ArrayList<>()));
    }

    /** The whole provider, adding the name of each facet method called to {@code called}. */
    static Os recording(List<String> called) {
        return Os.of(new LimitedProvider(false, Set.of(), called));
    }

    @Override
    public Supports supports() {
        return supportsNothing ? Supports.NONE : super.supports();
    }

    @Override
    public <F> Optional<F> facet(Class<F> type) {
        return super.facet(type).map(real -> type.cast(Proxy.newProxyInstance(type.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, args) -> {
                    called.add(method.getName());
                    if (missing.contains(method.getName())) {
                        throw Unsupported.of(method.getName(), "taken away for this test");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                })));
    }
}
