package org.osprey.os;

import java.util.Objects;

/**
 * The platform facts of Python's {@code os} module: {@code os.name}, the path syntax constants, the file system
 * encoding and the rules for environment variable names. A provider supplies its platform's.
 *
 * @param name        {@code os.name}: {@code "posix"} or {@code "nt"}
 * @param altsep      {@code os.altsep}, or {@code null} where the platform has none
 * @param fsEncoding  the file system encoding, what {@code os.fsencode}/{@code os.fsdecode} use
 * @param environKeys which environment variable names the platform takes, and how {@code os.environ} keys them
 */
public record Platform(String name, String sep, String altsep, String pathsep, String linesep, String devnull,
        String curdir, String pardir, String extsep, String defpath, FsEncoding fsEncoding,
        EnvironKeys environKeys) {

    /** Linux's and macOS's facts. */
    public static final Platform POSIX = new Platform("posix", "/", null, ":", "\n", "/dev/null", ".", "..", ".",
            "/bin:/usr/bin", FsEncoding.POSIX, EnvironKeys.POSIX);
    /** Windows' facts. */
    public static final Platform NT = new Platform("nt", "\\", "/", ";", "\r\n", "nul", ".", "..", ".",
            ".;C:\\bin", FsEncoding.WINDOWS, EnvironKeys.WINDOWS);

    /**
     * The facts of one platform; the encoding and the key rules are required.
     *
     * @param name {@code os.name}: {@code "posix"} or {@code "nt"}
     * @param sep {@code os.sep}
     * @param altsep {@code os.altsep}, or {@code null} where the platform has none
     * @param pathsep {@code os.pathsep}
     * @param linesep {@code os.linesep}
     * @param devnull {@code os.devnull}
     * @param curdir {@code os.curdir}
     * @param pardir {@code os.pardir}
     * @param extsep {@code os.extsep}
     * @param defpath {@code os.defpath}
     * @param fsEncoding the file system encoding, what {@code os.fsencode}/{@code os.fsdecode} use
     * @param environKeys which environment variable names the platform takes, and how {@code os.environ} keys them
     */
    public Platform {
        Objects.requireNonNull(fsEncoding, "fsEncoding");
        Objects.requireNonNull(environKeys, "environKeys");
    }

    /**
     * A platform with POSIX's file system encoding and environment variable names.
     *
     * @param name {@code os.name}
     * @param sep {@code os.sep}
     * @param altsep {@code os.altsep}, or {@code null}
     * @param pathsep {@code os.pathsep}
     * @param linesep {@code os.linesep}
     * @param devnull {@code os.devnull}
     * @param curdir {@code os.curdir}
     * @param pardir {@code os.pardir}
     * @param extsep {@code os.extsep}
     * @param defpath {@code os.defpath}
     */
    public Platform(String name, String sep, String altsep, String pathsep, String linesep, String devnull,
            String curdir, String pardir, String extsep, String defpath) {
        this(name, sep, altsep, pathsep, linesep, devnull, curdir, pardir, extsep, defpath, FsEncoding.POSIX,
                EnvironKeys.POSIX);
    }
}
