package org.osprey.filecmp;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Python's {@code filecmp.dircmp} object: the comparison of directory {@link #left()} with {@link #right()}.
 * Each attribute is computed on first use, then kept; the OS errors of that computation ({@code listdir} of
 * either side) surface from the method that asked, as {@link org.osprey.os.OsException}s. Lists are sorted
 * as Python sorts strings (by code point) and unmodifiable. Safe to share between threads.
 */
@ProviderType
public interface Dircmp {
    /**
     * {@code left}: the first directory.
     *
     * @return the path
     */
    String left();

    /**
     * {@code right}: the second directory.
     *
     * @return the path
     */
    String right();

    /**
     * {@code ignore}, {@code hide} and {@code shallow}, with {@code hide} resolved.
     *
     * @return the options
     */
    DircmpOptions options();

    /**
     * {@code left_list}: the names in {@link #left()}, without the hidden and ignored ones.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> leftList() throws IOException;

    /**
     * {@code right_list}: the names in {@link #right()}, without the hidden and ignored ones.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> rightList() throws IOException;

    /**
     * {@code common}: names in both directories.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> common() throws IOException;

    /**
     * {@code left_only}: names only in {@link #left()}.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> leftOnly() throws IOException;

    /**
     * {@code right_only}: names only in {@link #right()}.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> rightOnly() throws IOException;

    /**
     * {@code common_dirs}: common names that are directories on both sides.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> commonDirs() throws IOException;

    /**
     * {@code common_files}: common names that are regular files on both sides.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> commonFiles() throws IOException;

    /**
     * {@code common_funny}: common names whose types differ, or that cannot be stat'ed on a side.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> commonFunny() throws IOException;

    /**
     * {@code same_files}: common files that compare equal.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> sameFiles() throws IOException;

    /**
     * {@code diff_files}: common files that differ.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> diffFiles() throws IOException;

    /**
     * {@code funny_files}: common files that could not be compared.
     *
     * @return the names
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    List<String> funnyFiles() throws IOException;

    /**
     * {@code subdirs}: a {@code Dircmp} per name of {@link #commonDirs()}, in that order, with the same options.
     *
     * @return the comparisons by name
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    Map<String, Dircmp> subdirs() throws IOException;

    /**
     * {@code report()}: prints the differences to {@link System#out}.
     *
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    void report() throws IOException;

    /**
     * {@code report()}, printing to {@code out} exactly what Python prints.
     *
     * @param out where to print
     * @throws IOException if a directory cannot be listed or {@code out} fails
     */
    void report(Appendable out) throws IOException;

    /**
     * {@code report_partial_closure()}: to {@link System#out}.
     *
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    void reportPartialClosure() throws IOException;

    /**
     * {@code report_partial_closure()}: this report, then those of the immediate {@link #subdirs()}.
     *
     * @param out where to print
     * @throws IOException if a directory cannot be listed or {@code out} fails
     */
    void reportPartialClosure(Appendable out) throws IOException;

    /**
     * {@code report_full_closure()}: to {@link System#out}.
     *
     * @throws IOException if a file cannot be stat'ed or read: an {@link org.osprey.os.OsException} for an OS error
     */
    void reportFullClosure() throws IOException;

    /**
     * {@code report_full_closure()}: this report, then the full closure of every subdirectory, depth first.
     *
     * @param out where to print
     * @throws IOException if a directory cannot be listed or {@code out} fails
     */
    void reportFullClosure(Appendable out) throws IOException;
}
