package org.osprey.shutil;

/**
 * The {@code filter} argument of {@code shutil.unpack_archive} (PEP 706), for tar archives. Whatever the filter,
 * nothing is ever written outside the destination: absolute names, {@code ..} components and names that lead
 * through a symlink are refused, and hard links must stay inside.
 */
public enum ExtractFilter {
    /**
     * {@code 'data'} (the default here, as in Python 3.14): also refuses special files and symlinks that are
     * absolute or point outside the destination; drops group/other write and the set-id/sticky bits, makes files
     * owner-readable and -writable, keeps directories' and symlinks' modes at the system default. Link texts are
     * stored normalized ({@code a/../b} is {@code b}), so that no later member can change where a link leads, and
     * no link made is left resolving outside when the extraction ends, whether it succeeds or fails.
     */
    DATA("data"),
    /** {@code 'tar'}: Unix-tar-like; drops the set-id/sticky and group/other write bits, allows special files. */
    TAR("tar"),
    /** {@code 'fully_trusted'}: modes as stored; still never writes outside the destination. */
    FULLY_TRUSTED("fully_trusted");

    private final String pythonName;

    ExtractFilter(String pythonName) {
        this.pythonName = pythonName;
    }

    /**
     * The name Python uses for this filter.
     *
     * @return the name, such as {@code "data"}
     */
    public String pythonName() {
        return pythonName;
    }
}
