package org.osprey.os.spi.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;

import org.osprey.os.FsCodec;

/**
 * {@link java.nio.file.Path}s of the default file system as Osprey's string paths and back, losslessly: what
 * {@code Os.fspath}/{@code Os.toPath} do, for providers built on {@code java.nio} (which get no {@code Os}).
 * On POSIX a JDK path holds bytes, but {@link Path#toString()} decodes them in {@code sun.jnu.encoding} with
 * U+FFFD for what does not decode (and under the C locale every non-ASCII byte fails), and {@link Path#of} throws
 * for what that charset cannot encode (a surrogateescaped byte, or any non-ASCII under the C locale). The one
 * public door to the raw bytes is the {@code file:} URI, whose path percent-encodes them both ways; names that
 * are ASCII take the direct route, which is exact for every ASCII-compatible charset.
 */
public final class JdkPaths {
    private static final FileSystem DEFAULT = FileSystems.getDefault();
    /** Windows names are UTF-16 like Java strings, so {@code toString} is already exact there. */
    private static final boolean BYTES = DEFAULT.getSeparator().equals("/");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JdkPaths() {
    }

    /**
     * Python's {@code os.fspath(path)} for a JDK path.
     *
     * @param path a path of the default file system
     * @return the same path as Osprey's string, undecodable bytes as surrogateescape
     * @throws IllegalArgumentException for a path of another file system
     */
    public static String fspath(Path path) {
        if (path == null) {
            throw new NullPointerException("fspath: path is null");
        }
        if (path.getFileSystem() != DEFAULT) {
            throw new IllegalArgumentException("fspath: '" + path + "' belongs to another file system ("
                    + path.getFileSystem().provider().getScheme() + "), not the operating system's");
        }
        String text = path.toString();
        if (!BYTES || isAscii(text)) {
            return text;
        }
        // toUri makes the path absolute and marks a directory with a trailing '/': resolve a relative path
        // against the root ourselves (never user.dir), then take both back off
        Path absolute = path.isAbsolute() ? path : DEFAULT.getPath("/").resolve(path);
        byte[] bytes = unescape(absolute.toUri().getRawPath());
        int from = path.isAbsolute() ? 0 : 1;
        int to = bytes.length > 1 && bytes[bytes.length - 1] == '/' ? bytes.length - 1 : bytes.length;
        return FsCodec.decode(bytes, from, Math.max(to - from, 0));
    }

    /**
     * The JDK path of the default file system that names the same file as {@code path}. The caller has checked it
     * (no NUL: {@code Os.toPath} does that; the SPI's arguments arrive checked).
     *
     * @param path a path as every Osprey method takes it
     * @return the default file system's path naming the same file
     */
    public static Path toPath(String path) {
        if (!BYTES || isAscii(path)) {
            return DEFAULT.getPath(path);
        }
        byte[] bytes = FsCodec.encode(path);
        boolean absolute = bytes[0] == '/';
        Path parsed = Path.of(URI.create("file://" + (absolute ? "" : "/") + escape(bytes)));
        return absolute ? parsed : parsed.subpath(0, parsed.getNameCount());
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes every byte but the unreserved ASCII ones and '/'. */
    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || (c >= '0' && c <= '9')
                    || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** The bytes of a raw URI path: every non-ASCII byte is percent-encoded there. */
    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
