package org.osprey.posix.natives;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import com.kenai.jffi.MemoryIO;

/**
 * Loads jffi's JNI stub from a per-user cache instead of letting jffi extract it again on every start.
 *
 * <p>The bundle keeps the stub under {@code META-INF/native/jni/<arch>-<OS>/}, not where jffi looks for it
 * ({@code jni/<arch>-<OS>/}, which a module descriptor would list as packages with invalid names that
 * {@code jlink} refuses): jffi is always pointed at a copy ({@code jffi.boot.library.path}) only while it loads.
 * The copy is made once into the {@link NativeCache} ({@code ~/.cache/osprey/jffi-<size>-<crc>/}); left alone,
 * jffi would copy its stub into a new temporary file each time a JVM starts, and its temporary name costs the
 * seeding of a {@code SecureRandom}: together a fifth of the provider's start-up. Where the cache cannot be used
 * safely (no such directory can be made, it belongs to someone else, it is writable by others), or where jffi's
 * {@code jffi.extract.dir} is set, the stub is copied into a new owner-only temporary directory (in that
 * directory, else {@code java.io.tmpdir}), removed again once loaded. Whoever sets {@code jffi.boot.library.path}
 * keeps it. What loads the stub from there is the bundle's own {@link com.kenai.jffi.internal.StubLoader}, in
 * place of jffi's (which starts {@code java.util.logging}).
 */
final class JffiStub {
    /** Where to keep the stub, if not the user's cache directory. */
    static final String CACHE_PROPERTY = NativeCache.CACHE_PROPERTY;

    private static final String BOOT_PATH = "jffi.boot.library.path";
    private static final String EXTRACT_DIR = "jffi.extract.dir";

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
        URL stub = System.getProperty(BOOT_PATH) == null ? stub() : null;
        if (stub == null) {
            MemoryIO.getInstance();
            return;
        }
        Path cached = System.getProperty(EXTRACT_DIR) == null
                ? NativeCache.file("jffi", library(), stub, false) : null;
        if (cached != null) {
            loadFrom(cached.getParent());
            return;
        }
        Path temporary = temporary(stub);
        try {
            loadFrom(temporary == null ? null : temporary.getParent());
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
                deleteQuietly(temporary.getParent());
            }
        }
    }

    /** Lets jffi load its stub from {@code dir} (null: as jffi would by itself, which then finds none). */
    private static void loadFrom(Path dir) {
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

    /**
     * The stub for this platform, or null for a platform not served: the bundle's copy, else the one in jffi's
     * own native jar where that is on the class path as it is (the unit tests).
     */
    private static URL stub() {
        String platform = platform();
        ClassLoader loader = MemoryIO.class.getClassLoader();
        if (platform == null || loader == null) {
            return null;
        }
        for (String folder : new String[] {"META-INF/native/jni/", "jni/"}) {
            URL stub = loader.getResource(folder + platform + "/" + library());
            if (stub != null) {
                return stub;
            }
        }
        return null;
    }

    /** The stub copied into a new owner-only temporary directory; null where none can be made. */
    private static Path temporary(URL stub) {
        String extractDir = System.getProperty(EXTRACT_DIR);
        try {
            Path dir = extractDir == null ? Files.createTempDirectory("osprey-jffi")
                    : Files.createTempDirectory(Path.of(extractDir), "osprey-jffi");
            return Files.write(dir.resolve(library()), NativeCache.read(stub));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** A loaded library stays mapped once its file is gone. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind in a temporary directory
        }
    }

    /** The folder that holds the stub for this platform, as jffi names it, or null for a platform not served. */
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
