package org.osprey.shutil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.Supports;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.PosixProvider;

/**
 * The real POSIX provider with some abilities taken away, to run shutil's fallbacks for real: the named methods
 * throw UnsupportedOperationException, and {@code supports()} may claim no dir_fd/fd support.
 */
final class LimitedProvider {
    private LimitedProvider() {
    }

    static Os os(boolean supportsNothing, Set<String> missing) {
        OsProvider real = new PosixProvider();
        OsProvider limited = (OsProvider) Proxy.newProxyInstance(OsProvider.class.getClassLoader(),
                new Class<?>[] {OsProvider.class}, (proxy, method, args) -> {
                    if (supportsNothing && method.getName().equals("supports")) {
                        return Supports.NONE;
                    }
                    if (missing.contains(method.getName())) {
                        throw Unsupported.of(method.getName(), "taken away for this test");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return Os.of(limited);
    }
}
