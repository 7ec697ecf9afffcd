package org.osprey.posix.natives;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.zip.CRC32;

import com.kenai.jffi.MemoryIO;

/**
 * Loads jffi's JNI stub from a per-user cache instead of letting jffi extract it again on every start.
 *
 * <p>Left alone, jffi copies its stub out of the jar into a new temporary file each time a JVM starts, and its
 * temporary name costs the seeding of a {@code SecureRandom}: together a fifth of the provider's start-up. Here
 * the stub is copied once into {@code ~/.cache/osprey/jffi-<size>-<crc>/} (macOS: {@code ~/Library/Caches}; the
 * system property {@value #CACHE_PROPERTY} names another directory), a directory of the user's own that no one
 * else may write, and jffi is pointed at it ({@code jffi.boot.library.path}) only while it loads. Where that
 * cannot be done safely (no such directory can be made, it belongs to someone else, it is writable by others)
 * jffi does what it always does. Whoever already sets one of jffi's own properties keeps it.
 */
final class JffiStub {
    /** Where to keep the stub, if not the user's cache directory. */
    static final String CACHE_PROPERTY = "osprey.native.cache";

    private static final String BOOT_PATH = "jffi.boot.library.path";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

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
        Path root = root();
        ClassLoader loader = MemoryIO.class.getClassLoader();
        if (platform == null || root == null || loader == null) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream("jni/" + platform + "/" + library())) {
            if (in == null) {
                return null;
            }
            byte[] stub = in.readAllBytes();
            CRC32 crc = new CRC32();
            crc.update(stub);
            // its size and CRC name the copy: another jffi build never finds this one
            Path dir = privateDirectory(root.resolve("jffi-" + stub.length + "-" + Long.toHexString(crc.getValue())));
            Path file = dir.resolve(library());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != stub.length) {
                copy(stub, file);
            }
            return dir;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Writes the stub next to its place and renames it there, so that no process ever loads half a file. */
    private static void copy(byte[] stub, Path to) throws IOException {
        Path part = to.resolveSibling(to.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(stub);
        }
        try {
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** {@code dir} and its parents made owner-only where new; null unless it is the user's and no one else's. */
    private static Path privateDirectory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // made before, by this user or not: checked below
        }
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory() || !attributes.owner().getName().equals(System.getProperty("user.name"))
                || !OWNER_ONLY.containsAll(attributes.permissions())) {
            throw new IOException(dir + " is not a directory of this user's alone");
        }
        return dir;
    }

    private static Path root() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        if (isDarwin()) {
            return home == null ? null : Path.of(home, "Library", "Caches", "osprey");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "osprey");
        }
        return home == null ? null : Path.of(home, ".cache", "osprey");
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
        return System.getProperty("os.name").startsWith("Mac");
    }
}
