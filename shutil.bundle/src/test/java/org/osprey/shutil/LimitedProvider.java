package org.osprey.shutil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.Supports;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.support.ForwardingProvider;
import org.osprey.posix.PosixProvider;

/**
 * The real POSIX provider with some abilities taken away, to run shutil's fallbacks for real: the named facet
 * methods throw UnsupportedOperationException, and {@code supports()} may claim no dir_fd/fd support.
 */
final class LimitedProvider extends ForwardingProvider {
    private final boolean supportsNothing;
    private final Set<String> missing;

    private LimitedProvider(boolean supportsNothing, Set<String> missing) {
        super(new PosixProvider());
        this.supportsNothing = supportsNothing;
        this.missing = missing;
    }

    static Os os(boolean supportsNothing, Set<String> missing) {
        return Os.of(new LimitedProvider(supportsNothing, missing));
    }

    @Override
    public Supports supports() {
        return supportsNothing ? Supports.NONE : super.supports();
    }

    @Override
    public <F> Optional<F> facet(Class<F> type) {
        return super.facet(type).map(real -> type.cast(Proxy.newProxyInstance(type.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, args) -> {
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
