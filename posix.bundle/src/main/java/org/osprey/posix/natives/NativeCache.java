package org.osprey.posix.natives;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The per-user cache of the provider's native files (jffi's stub, the {@code osprey-exec} helper): each copied
 * once into {@code ~/.cache/osprey/<name>-<size>-<crc>/} (macOS: {@code ~/Library/Caches}; the system property
 * {@value #CACHE_PROPERTY} names another directory), a directory of the user's own that no one else may write,
 * named by its content so that another build never finds this one.
 */
public final class NativeCache {
    /** Where to keep the files, if not the user's cache directory. */
    static final String CACHE_PROPERTY = "osprey.native.cache";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private NativeCache() {
    }

    /**
     * The cached copy of the class-path resource {@code resource} as {@code fileName} (executable, mode 0755, if
     * {@code executable}), written first if need be; null where that cannot be done safely (no such directory can
     * be made, it belongs to someone else, it is writable by others).
     */
    public static Path file(String name, String fileName, URL resource, boolean executable) {
        Path root = root();
        if (root == null) {
            return null;
        }
        try {
            Content content = Content.of(resource);
            Path dir = privateDirectory(root.resolve(name + "-" + content.size + "-" + Long.toHexString(content.crc)));
            Path file = dir.resolve(fileName);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != content.size) {
                copy(content.bytes(), file, executable);
            }
            return file;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** {@return the resource's bytes} */
    public static byte[] read(URL resource) throws IOException {
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * What names a cache entry. From a jar, size and CRC-32 come from the jar's directory, so that a start which
     * finds its entry reads and checks no bytes (issue 11: the stub is 140 KB, inflated and summed on every start
     * before); the bytes are read only to write the entry.
     */
    private record Content(long size, long crc, URL resource, byte[] readAlready) {
        static Content of(URL resource) throws IOException {
            URLConnection connection = resource.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
                    return new Content(entry.getSize(), entry.getCrc(), resource, null);
                }
            }
            byte[] bytes = read(resource);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Content(bytes.length, crc.getValue(), resource, bytes);
        }

        byte[] bytes() throws IOException {
            byte[] bytes = readAlready != null ? readAlready : read(resource);
            if (bytes.length != size) {
                throw new IOException(resource + " changed while it was read");
            }
            return bytes;
        }
    }

    /** Writes the file next to its place and renames it there, so that no process ever reads half a file. */
    private static void copy(byte[] content, Path to, boolean executable) throws IOException {
        Path part = to.resolveSibling(to.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(content);
            }
            if (executable) {
                Files.setPosixFilePermissions(part, EXECUTABLE);
            }
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** {@code dir} and its parents made owner-only where new; throws unless it is the user's and no one else's. */
    private static Path privateDirectory(Path dir) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) { // only the first start makes it: the others pay one stat
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile, by this user or not: checked below
            }
            attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
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

    static boolean isDarwin() {
        return System.getProperty("os.name").startsWith("Mac");
    }
}
