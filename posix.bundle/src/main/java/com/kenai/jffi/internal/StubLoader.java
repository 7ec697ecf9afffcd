package com.kenai.jffi.internal;

import java.io.File;

/**
 * Loads jffi's JNI stub: this bundle's replacement for jffi's own {@code StubLoader}, which jffi's {@code Init}
 * finds by name (by reflection, in the system, the context and its own class loader) and asks only
 * {@link #isLoaded()} and {@link #getFailureCause()}.
 *
 * <p>jffi's class creates a {@code java.util.logging} logger in its static initialiser and formats its messages
 * with {@code String.format}: JUL's {@code LogManager} reads its configuration and localises its level names, a
 * tenth of a process's start-up with the provider, for a logger that logs only at {@code FINEST}. The stub is
 * never extracted here: the provider's {@code JffiStub} puts it in a private cache (or a temporary directory) and
 * names that directory in {@code jffi.boot.library.path}, the property jffi reads. As jffi does, the directories
 * of that property are tried first, then those of {@code java.library.path}; a platform whose stub is not in the
 * bundle is reported as not loaded, with every path tried.
 */
public final class StubLoader {
    /** The stub jffi 1.2's classes need: its {@code Foreign} checks the version the stub reports. */
    private static final String LIBRARY = "jffi-1.2";

    private static final Throwable FAILURE = load();

    private StubLoader() {
    }

    public static boolean isLoaded() {
        return FAILURE == null;
    }

    /** Why the stub did not load (every path tried), or null once loaded. */
    public static Throwable getFailureCause() {
        return FAILURE;
    }

    private static Throwable load() {
        StringBuilder tried = new StringBuilder();
        UnsatisfiedLinkError failed = null;
        for (String property : new String[] {"jffi.boot.library.path", "java.library.path"}) {
            String path = System.getProperty(property);
            if (path == null) {
                continue;
            }
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : names()) {
                    File stub = new File(dir, name);
                    if (dir.isEmpty() || !stub.isFile()) {
                        continue;
                    }
                    tried.append(tried.length() == 0 ? "" : ", ").append(stub);
                    try {
                        System.load(stub.getAbsolutePath());
                        return null;
                    } catch (UnsatisfiedLinkError e) {
                        if (failed == null) {
                            failed = e;
                        } else {
                            failed.addSuppressed(e);
                        }
                    }
                }
            }
        }
        UnsatisfiedLinkError error = new UnsatisfiedLinkError(tried.length() == 0
                ? "jffi's stub " + System.mapLibraryName(LIBRARY) + " is in neither jffi.boot.library.path nor "
                        + "java.library.path: this bundle carries it for Linux (x86-64, aarch64) and macOS only"
                : "jffi's stub did not load from " + tried);
        if (failed != null) {
            error.initCause(failed);
        }
        return error;
    }

    /** The stub's file names: on macOS jffi's is a {@code .jnilib}, where {@code mapLibraryName} says {@code .dylib}. */
    private static String[] names() {
        String mapped = System.mapLibraryName(LIBRARY);
        return mapped.endsWith(".dylib")
                ? new String[] {mapped, mapped.substring(0, mapped.length() - ".dylib".length()) + ".jnilib"}
                : new String[] {mapped};
    }
}
