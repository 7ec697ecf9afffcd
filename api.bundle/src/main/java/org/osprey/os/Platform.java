package org.osprey.os;

/**
 * The platform facts of Python's {@code os} module: {@code os.name} and the path syntax constants.
 *
 * @param name    {@code os.name}: {@code "posix"} or {@code "nt"}
 * @param altsep  {@code os.altsep}, or {@code null} where the platform has none
 */
public record Platform(String name, String sep, String altsep, String pathsep, String linesep, String devnull,
        String curdir, String pardir, String extsep, String defpath) {

    public static final Platform POSIX = new Platform("posix", "/", null, ":", "\n", "/dev/null", ".", "..", ".",
            "/bin:/usr/bin");
    public static final Platform NT = new Platform("nt", "\\", "/", ";", "\r\n", "nul", ".", "..", ".",
            ".;C:\\bin");
}
