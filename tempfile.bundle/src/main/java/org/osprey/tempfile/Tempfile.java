package org.osprey.tempfile;

import java.io.IOException;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.tempfile.internal.TempfileImpl;

/**
 * Python's {@code tempfile} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 *
 * <p>Names are {@code prefix + 8 random characters + suffix}, the characters drawn from
 * {@code a-z0-9_} by a {@link java.security.SecureRandom} per thread. Files are created with
 * {@code O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC} and mode {@code 0o600}, directories with mode
 * {@code 0o700}, so an existing name is never reused; a taken name is retried up to {@link #TMP_MAX} times.
 * Keyword arguments are option records ({@link TempOptions}, {@link NamedTempOptions}, {@link TempDirOptions});
 * a NUL character in a suffix, prefix or directory is an {@link IllegalArgumentException} before anything
 * touches the disk. Like Python's module globals, {@link #tempdir()} is shared by every instance in the JVM.
 *
 * <p>Where Python returns {@code bytes} names because a suffix, prefix or directory is {@code bytes}, the
 * overloads taking {@link BytesTempOptions}, {@link BytesNamedTempOptions} and {@link BytesTempDirOptions} do:
 * the arguments are decoded with {@link Os#fsdecode} (undecodable bytes become lone surrogates), the file is made
 * as for {@code str}, and its name is encoded back with {@link Os#fsencode}, so every byte comes back as given.
 */
public interface Tempfile {
    /**
     * {@code tempfile.TMP_MAX}: how many names are tried before giving up. CPython takes the C library's
     * {@code TMP_MAX} where {@code os} has it (238328 with glibc) and 10000 elsewhere; here it is always 10000,
     * which already makes a failure by chance impossible in practice (37^8 names).
     */
    int TMP_MAX = 10000;

    /**
     * {@code tempfile} over {@link Os#get()}.
     *
     * @return the {@code tempfile} module
     */
    static Tempfile get() {
        return of(Os.get());
    }

    /**
     * {@code tempfile} over the given {@code os}.
     *
     * @param os the {@code os} every call goes through
     * @return the {@code tempfile} module
     */
    static Tempfile of(Os os) {
        return new TempfileImpl(os);
    }

    /**
     * {@code tempfile.gettempdir()}: {@link #tempdir()} if set, else the first usable of {@code $TMPDIR},
     * {@code $TEMP}, {@code $TMP}, the platform's directories ({@code /tmp}, {@code /var/tmp}, {@code /usr/tmp})
     * and the working directory, where usable means a new file can really be created and written there. The
     * result is stored in {@link #tempdir()}, so later calls do not search again.
     *
     * @return the directory's absolute path
     * @throws org.osprey.os.FileNotFoundOsException if no candidate is usable
     */
    String gettempdir() throws OsException;

    /**
     * {@code tempfile.gettempdirb()}: {@link #gettempdir()} as file-system bytes.
     *
     * @return the directory's path as bytes
     * @throws OsException if the file system fails: the subclass for its errno
     */
    byte[] gettempdirb() throws OsException;

    /**
     * {@code tempfile.gettempprefix()}: {@link #template()}, {@code "tmp"}.
     *
     * @return the prefix
     */
    String gettempprefix();

    /**
     * {@code tempfile.gettempprefixb()}: {@code b"tmp"}.
     *
     * @return the prefix as bytes
     */
    byte[] gettempprefixb();

    /**
     * Reads the module variable {@code tempfile.tempdir}: the directory every function uses when given none,
     * or null until {@link #gettempdir()} has searched for it or it is set.
     *
     * @return the directory, or null
     */
    String tempdir();

    /**
     * Sets {@code tempfile.tempdir}, for the whole JVM as in Python; {@code null} makes the next
     * {@link #gettempdir()} search again (reading the environment as it is then).
     *
     * @param dir the directory, or null
     */
    void tempdir(String dir);

    /**
     * Sets {@code tempfile.tempdir} to {@code bytes}, as Python allows: {@link #gettempdir()} and
     * {@link #tempdir()} give it decoded ({@link Os#fsdecode}), {@link #gettempdirb()} as these bytes again;
     * {@code null} is {@code None}.
     *
     * @param dir the directory as bytes, or null
     */
    void tempdirb(byte[] dir);

    /**
     * {@code tempfile.template}: the default prefix, {@code "tmp"}.
     *
     * @return the prefix
     */
    String template();

    /**
     * {@code tempfile.mkstemp()}: see {@link #mkstemp(TempOptions)}.
     *
     * @return the open descriptor and the absolute path
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    MkstempResult mkstemp() throws IOException;

    /**
     * {@code tempfile.mkstemp(suffix, prefix, dir, text)}: creates a new file, readable and writable only by its
     * owner, and returns its open descriptor and absolute path; the caller closes and removes them.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open descriptor and the absolute path
     * @throws org.osprey.os.FileExistsOsException if {@link #TMP_MAX} names were all taken
     */
    MkstempResult mkstemp(TempOptions options) throws IOException;

    /**
     * {@code tempfile.mkstemp(suffix=b'...', prefix=b'...', dir=b'...')}: the name as {@code bytes}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open descriptor and the absolute path as bytes
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    BytesMkstempResult mkstemp(BytesTempOptions options) throws IOException;

    /**
     * {@code tempfile.mkdtemp()}.
     *
     * @return the directory's absolute path
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String mkdtemp() throws IOException;

    /**
     * {@code tempfile.mkdtemp(suffix, prefix, dir)}: creates a new directory, usable only by its owner, and
     * returns its absolute path; the caller removes it.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the directory's absolute path
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String mkdtemp(TempOptions options) throws IOException;

    /**
     * {@code tempfile.mkdtemp(suffix=b'...', prefix=b'...', dir=b'...')}: the name as {@code bytes}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the directory's absolute path as bytes
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    byte[] mkdtemp(BytesTempOptions options) throws IOException;

    /**
     * {@code tempfile.mktemp()}.
     *
     * @return a name that did not exist
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     * @deprecated insecure: see {@link #mktemp(TempOptions)}
     */
    @Deprecated
    String mktemp() throws IOException;

    /**
     * {@code tempfile.mktemp(suffix, prefix, dir)}: a name that did not exist when asked, without creating
     * anything (not made absolute, as in Python).
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return a name that did not exist
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     * @deprecated insecure, as in Python: another process may create the name before the caller does. Use
     *             {@link #mkstemp(TempOptions)} or {@link #namedTemporaryFile(NamedTempOptions)}.
     */
    @Deprecated
    String mktemp(TempOptions options) throws IOException;

    /**
     * {@code tempfile.TemporaryFile()}.
     *
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryFile temporaryFile() throws IOException;

    /**
     * {@code tempfile.TemporaryFile(suffix=, prefix=, dir=)} in mode {@code 'w+b'}: a file with no name on disk.
     * On Linux it is opened with {@code O_TMPFILE} where the file system supports it (so it never had a name);
     * elsewhere, and as a fall-back, it is created as {@link #mkstemp} does and unlinked at once.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryFile temporaryFile(TempOptions options) throws IOException;

    /**
     * {@code tempfile.TemporaryFile} with {@code bytes} arguments (the file has no name to return).
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryFile temporaryFile(BytesTempOptions options) throws IOException;

    /**
     * {@code tempfile.TemporaryFile('w+', encoding=, errors=, newline=, suffix=, prefix=, dir=)}: the file made as
     * {@link #temporaryFile(TempOptions)} makes it, read and written as text.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the open text file
     * @throws java.util.NoSuchElementException for an encoding or error handler Python does not know (its
     *                                          {@code LookupError}), before anything is created
     * @throws IllegalArgumentException         for a newline Python does not allow (its {@code ValueError})
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryTextFile temporaryFile(TempOptions options, TextOptions text) throws IOException;

    /**
     * {@code tempfile.TemporaryFile('w+', ...)} with {@code bytes} arguments.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the open text file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryTextFile temporaryFile(BytesTempOptions options, TextOptions text) throws IOException;

    /**
     * {@code tempfile.NamedTemporaryFile()}.
     *
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    NamedTemporaryFile namedTemporaryFile() throws IOException;

    /**
     * {@code tempfile.NamedTemporaryFile(suffix=, prefix=, dir=, delete=, delete_on_close=)} in mode
     * {@code 'w+b'}: a file created as {@link #mkstemp} does, removed as {@link NamedTemporaryFile} explains.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    NamedTemporaryFile namedTemporaryFile(NamedTempOptions options) throws IOException;

    /**
     * {@code tempfile.NamedTemporaryFile} with {@code bytes} arguments: its name is {@code bytes}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the open file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    NamedTemporaryFile namedTemporaryFile(BytesNamedTempOptions options) throws IOException;

    /**
     * {@code tempfile.NamedTemporaryFile('w+', encoding=, errors=, newline=, ...)}: as
     * {@link #namedTemporaryFile(NamedTempOptions)}, read and written as text; the arguments are checked as for
     * {@link #temporaryFile(TempOptions, TextOptions)}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the open text file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    NamedTemporaryTextFile namedTemporaryFile(NamedTempOptions options, TextOptions text) throws IOException;

    /**
     * {@code tempfile.NamedTemporaryFile('w+', ...)} with {@code bytes} arguments: its name is {@code bytes}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the open text file
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    NamedTemporaryTextFile namedTemporaryFile(BytesNamedTempOptions options, TextOptions text) throws IOException;

    /**
     * {@code tempfile.SpooledTemporaryFile(max_size)}.
     *
     * @param maxSize the bytes kept in memory before the data moves to a file; 0 for no limit
     * @return the file, in memory for now
     */
    SpooledTemporaryFile spooledTemporaryFile(int maxSize);

    /**
     * {@code tempfile.SpooledTemporaryFile(max_size, suffix=, prefix=, dir=)}: kept in memory until it grows
     * past {@code maxSize} (0: no limit), then moved to a {@link #temporaryFile(TempOptions)} made with
     * {@code options}.
     *
     * @param maxSize the bytes kept in memory before the data moves to a file; 0 for no limit
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the file, in memory for now
     */
    SpooledTemporaryFile spooledTemporaryFile(int maxSize, TempOptions options);

    /**
     * {@code tempfile.SpooledTemporaryFile} with {@code bytes} arguments, used when it rolls over.
     *
     * @param maxSize the bytes kept in memory before the data moves to a file; 0 for no limit
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the file, in memory for now
     */
    SpooledTemporaryFile spooledTemporaryFile(int maxSize, BytesTempOptions options);

    /**
     * {@code tempfile.SpooledTemporaryFile(max_size, 'w+', encoding=, newline=, ..., errors=)}: text encoded into
     * memory until it rolls over to a {@link #temporaryFile(TempOptions, TextOptions)}; the arguments are checked
     * as for that, at once.
     *
     * @param maxSize the bytes kept in memory before the data moves to a file; 0 for no limit
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the text file, in memory for now
     */
    SpooledTemporaryTextFile spooledTemporaryFile(int maxSize, TempOptions options, TextOptions text);

    /**
     * {@code tempfile.SpooledTemporaryFile(max_size, 'w+', ...)} with {@code bytes} arguments.
     *
     * @param maxSize the bytes kept in memory before the data moves to a file; 0 for no limit
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @param text {@code encoding}, {@code errors} and {@code newline}
     * @return the text file, in memory for now
     */
    SpooledTemporaryTextFile spooledTemporaryFile(int maxSize, BytesTempOptions options, TextOptions text);

    /**
     * {@code tempfile.TemporaryDirectory()}.
     *
     * @return the directory, removed when closed
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryDirectory temporaryDirectory() throws IOException;

    /**
     * {@code tempfile.TemporaryDirectory(suffix, prefix, dir, ignore_cleanup_errors, delete=)}: creates a
     * directory as {@link #mkdtemp} does; closing the result removes it with its contents.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the directory, removed when closed
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryDirectory temporaryDirectory(TempDirOptions options) throws IOException;

    /**
     * {@code tempfile.TemporaryDirectory} with {@code bytes} arguments: its name is {@code bytes}.
     *
     * @param options {@code suffix}, {@code prefix}, {@code dir} and the function's other keyword arguments
     * @return the directory, removed when closed
     * @throws IOException if the file system fails: an {@link org.osprey.os.OsException} for an OS error
     */
    TemporaryDirectory temporaryDirectory(BytesTempDirOptions options) throws IOException;
}
