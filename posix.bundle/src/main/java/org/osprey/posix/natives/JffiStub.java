package org.osprey.posix.natives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import com.kenai.jffi.MemoryIO;

/**
 * Loads jffi's JNI stub from a per-user cache instead of letting jffi extract it again on every start.
 *
 * <p>Left alone, jffi copies its stub out of the jar into a new temporary file each time a JVM starts, and its
 * temporary name costs the seeding of a {@code SecureRandom}: together a fifth of the provider's start-up. Here
 * the stub is copied once into the {@link NativeCache} ({@code ~/.cache/osprey/jffi-<size>-<crc>/}), and jffi is
 * pointed at it ({@code jffi.boot.library.path}) only while it loads. Where that
 * cannot be done safely (no such directory can be made, it belongs to someone else, it is writable by others)
 * jffi does what it always does. Whoever already sets one of jffi's own properties keeps it.
 */
final class JffiStub {
    /** Where to keep the stub, if not the user's cache directory. */
    static final String CACHE_PROPERTY = NativeCache.CACHE_PROPERTY;

    private static final String BOOT_PATH = "jffi.boot.library.path";

    private JffiStub() {
    }

    /** Whether jffi has been asked to load once: a JVM loads the stub once, whatever happens after. */
    private static boolean asked;

    /** Loads jffi's stub, from the cache where it can. Failures to load are jffi's, reported at first use. */
    static synchronized void load() {
        if (asked) {
            return;
        }
        asked = true;
        Path dir = System.getProperty(BOOT_PATH) == null && System.getProperty("jffi.extract.dir") == null
                ? cached() : null;
        if (dir == null) {
            MemoryIO.getInstance();
            return;
        }
        System.setProperty(BOOT_PATH, dir.toString());
        try {
            MemoryIO.getInstance();
        } finally {
            System.clearProperty(BOOT_PATH);
        }
    }

    /** The directory holding the stub for this platform, copied there first if need be; null where unsafe. */
    private static Path cached() {
        String platform = platform();
        ClassLoader loader = MemoryIO.class.getClassLoader();
        if (platform == null || loader == null) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream("jni/" + platform + "/" + library())) {
            if (in == null) {
                return null;
            }
            Path file = NativeCache.file("jffi", library(), in.readAllBytes(), false);
            return file == null ? null : file.getParent();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The folder of jffi's jar that holds the stub for this platform, or null for a platform not served. */
    private static String platform() {
        String arch = System.getProperty("os.arch");
        if (isDarwin()) {
            return "Darwin";
        }
        if (!System.getProperty("os.name").equals("Linux")) {
            return null;
        }
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64-Linux";
            case "aarch64" -> "aarch64-Linux";
            default -> null;
        };
    }

    /** The stub's file name: jffi looks for {@code System.mapLibraryName("jffi-1.2")} (on macOS, .jnilib too). */
    static String library() {
        return isDarwin() ? "libjffi-1.2.jnilib" : "libjffi-1.2.so";
    }

    private static boolean isDarwin() {
        return NativeCache.isDarwin();
    }
}
