package org.osprey.os.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.osprey.os.At;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * Python's {@code os.path}, in one of its two flavours: {@link PosixPath} ({@code posixpath}) and
 * {@link NtPath} ({@code ntpath}), as of CPython 3.13. Both work on every OS. The string functions are pure and
 * give CPython's results; the functions that look at files ({@code exists}, {@code getsize}, {@code realpath},
 * ...), the working directory ({@code abspath}, {@code relpath}) or the environment ({@code expandvars},
 * {@code expanduser}) ask the {@link Os} the flavour is bound to, and only when CPython would. A flavour made
 * without an {@code Os} ({@link PosixPath#PURE}, {@link NtPath#PURE}) throws {@link IllegalStateException}
 * where it would have to ask.
 *
 * <p>Strings are taken as Python takes them, by code point: a character above U+FFFF counts once, and a lone
 * surrogate (an undecodable byte of a file name) passes through untouched.
 *
 * <p>As in Python, the predicates ({@code exists}, {@code isdir}, ...) answer {@code false} instead of failing,
 * also for a path with a NUL character; the other functions that hand a path to the {@code Os} reject such a
 * path with {@link IllegalArgumentException}, while the string functions take NUL like any other character.
 *
 * <p>Where Python takes {@code bytes}, a {@code byte[]} overload gives Python's answer in bytes (the split
 * functions return {@link SplitBytes} and its siblings). Python's bytes functions are not its str functions on
 * the decoded name: they look at bytes (in {@code ntpath} a drive letter's colon is the second byte, and
 * {@code join} and {@code commonpath} lowercase only ASCII), {@code commonprefix} may end inside a character, and
 * only {@code normcase}, {@code expanduser}, {@code expandvars} and the functions that reach the file system
 * decode the name ({@code os.fsdecode}) and encode the answer. Str and bytes never mix, as in Python. Where Python
 * takes a file descriptor ({@code exists}, {@code isfile}, {@code isdir}, the {@code get*} functions,
 * {@code samefile}: those that call {@code os.stat}) an {@code int} overload does too.
 */
public abstract sealed class OsPath permits PosixPath, NtPath {
    private final Os os;
    private final ProcessEnv env;

    OsPath(Os os) {
        this(os, os == null ? null : ProcessEnv.of(os));
    }

    OsPath(Os os, ProcessEnv env) {
        this.os = os;
        this.env = env;
    }

    /**
     * The {@code os} this flavour asks about files.
     *
     * @return the {@code os}
     */
    protected final Os os() {
        if (os == null) {
            throw unbound();
        }
        return os;
    }

    /** Where this flavour reads the working directory, the environment and the user database. */
    final ProcessEnv env() {
        if (env == null) {
            throw unbound();
        }
        return env;
    }

    private static IllegalStateException unbound() {
        return new IllegalStateException("this os.path flavour is not bound to an Os: it has only the "
                + "string functions");
    }

    // ---- the flavour's constants ----

    /** {@return {@code os.path.sep}, the path separator} */
    public abstract String sep();

    /**
     * {@code os.path.altsep}, or {@code null}.
     *
     * @return the alternative separator, or {@code null}
     */
    public abstract String altsep();

    /** {@return {@code os.path.pathsep}, the separator of search paths such as {@code PATH}} */
    public abstract String pathsep();

    /** {@return {@code os.path.curdir}, {@code "."}} */
    public abstract String curdir();

    /** {@return {@code os.path.pardir}, {@code ".."}} */
    public abstract String pardir();

    /** {@return {@code os.path.extsep}, {@code "."}} */
    public abstract String extsep();

    /** {@return {@code os.path.defpath}, the search path used without {@code PATH}} */
    public abstract String defpath();

    /** {@return {@code os.path.devnull}, the null device's path} */
    public abstract String devnull();

    /**
     * Whether {@code os.path.supports_unicode_filenames}.
     *
     * @return whether file names may hold any Unicode
     */
    public abstract boolean supportsUnicodeFilenames();

    // ---- pure string functions ----

    /**
     * {@return the last component of {@code p}, empty after a trailing separator} Mirrors {@code os.path.basename(p)}.
     *
     * @param p a path
     */
    public abstract String basename(String p);

    /**
     * {@return {@code p} without its last component} Mirrors {@code os.path.dirname(p)}.
     *
     * @param p a path
     */
    public abstract String dirname(String p);

    /**
     * {@return whether {@code s} is absolute} Mirrors {@code os.path.isabs(s)}.
     *
     * @param s a path
     */
    public abstract boolean isabs(String s);

    /**
     * {@return the components joined with separators; an absolute component discards those before it} Mirrors
     * {@code os.path.join(a, *p)}.
     *
     * @param a the first component
     * @param p the following components
     */
    public abstract String join(String a, String... p);

    /**
     * {@return {@code s} as the platform compares names: unchanged on POSIX, lower case with {@code \} separators on
     * Windows} Mirrors {@code os.path.normcase(s)}.
     *
     * @param s a path
     */
    public abstract String normcase(String s);

    /**
     * {@return {@code path} without redundant separators and {@code .} and {@code ..} components, lexically} Mirrors
     * {@code os.path.normpath(path)}.
     *
     * @param path a path
     */
    public abstract String normpath(String path);

    /**
     * {@return {@code (head, tail)}: {@code p} split before its last component} Mirrors {@code os.path.split(p)}.
     *
     * @param p a path
     */
    public abstract Split split(String p);

    /**
     * {@return {@code (drive, tail)}; the drive is empty on POSIX} Mirrors {@code os.path.splitdrive(p)}.
     *
     * @param p a path
     */
    public abstract SplitDrive splitdrive(String p);

    /**
     * {@return {@code (root, ext)}: {@code p} split before the extension of its last component} Mirrors
     * {@code os.path.splitext(p)}.
     *
     * @param p a path
     */
    public abstract SplitExt splitext(String p);

    /**
     * {@code os.path.splitroot} (Python 3.12).
     *
     * @param p a path
     * @return {@code (drive, root, tail)}
     */
    public abstract SplitRoot splitroot(String p);

    /**
     * {@code os.path.commonpath}: raises {@link IllegalArgumentException} as Python raises ValueError.
     *
     * @param paths the paths, all absolute or all relative
     * @return the longest common sub-path
     */
    public abstract String commonpath(List<String> paths);

    /**
     * {@code os.path.commonprefix}: the longest common leading string, code point by code point.
     *
     * @param m the strings
     * @return their longest common prefix
     */
    public String commonprefix(List<String> m) {
        if (Objects.requireNonNull(m, "m").isEmpty()) {
            return "";
        }
        String s1 = m.get(0);
        String s2 = m.get(0);
        for (String s : m) {
            if (PyStr.compare(s, s1) < 0) {
                s1 = s;
            }
            if (PyStr.compare(s, s2) > 0) {
                s2 = s;
            }
        }
        return s1.substring(0, PyStr.commonPrefixLength(s1, s2));
    }

    // ---- functions that consult the working directory, the environment or the file system ----

    /**
     * {@code os.path.expandvars}: {@code $name} and {@code ${name}}, plus {@code %name%} in {@link NtPath}.
     *
     * @param path a path
     * @return {@code path} with the set variables replaced
     */
    public abstract String expandvars(String path);

    /**
     * What the {@code reference} {@code $name} or {@code ${name}} stands for, given what follows its {@code $}:
     * the variable's value, else the reference as written, also when its brace is not closed.
     */
    static String dollarReference(ProcessEnv env, String reference, String name) {
        if (name.startsWith("{")) {
            if (!name.endsWith("}")) {
                return reference;
            }
            name = name.substring(1, name.length() - 1);
        }
        return env.getenv(name, reference);
    }

    /**
     * {@code os.path.abspath}: joined to the working directory unless absolute, then normalized (for
     * {@code ntpath} this is CPython's portable fallback, used where {@code GetFullPathNameW} is not).
     *
     * @param path a path
     * @return the absolute path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public String abspath(String path) throws OsException {
        return abspath(Objects.requireNonNull(path, "path"), () -> env().getcwd());
    }

    private String abspath(String path, Cwd cwd) throws OsException {
        return normpath(isabs(path) ? path : join(cwd.get(), path));
    }

    /** {@code os.getcwd()}, or {@code os.getcwdb()} as {@link ByteText}. */
    private interface Cwd {
        String get() throws OsException;
    }

    /**
     * {@return {@code path} relative to the working directory} Mirrors {@code os.path.relpath(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public String relpath(String path) throws OsException {
        return relpath(path, curdir());
    }

    /**
     * {@code os.path.relpath}: fails with {@link IllegalArgumentException} for an empty path.
     *
     * @param path a path
     * @param start the directory the result is relative to
     * @return {@code path} relative to {@code start}
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public String relpath(String path, String start) throws OsException {
        Objects.requireNonNull(start, "start");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("no path specified");
        }
        return relative(abspath(path), abspath(start), this::normcase);
    }

    /** The way from {@code startAbs} to {@code pathAbs}, names compared as {@code normcase} makes them. */
    abstract String relative(String pathAbs, String startAbs, UnaryOperator<String> normcase);

    /**
     * {@return {@code path} with a leading {@code ~} or {@code ~user} replaced by the home directory} Mirrors
     * {@code os.path.expanduser(path)}.
     *
     * @param path a path
     */
    public abstract String expanduser(String path);

    /**
     * {@return the canonical path: absolute, symlinks resolved, where they exist} Mirrors
     * {@code os.path.realpath(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public abstract String realpath(String path) throws OsException;

    /**
     * {@code os.path.realpath(path, strict=True)}: fails on a missing component or a symlink loop.
     *
     * @param path a path
     * @param strict whether a missing component or a loop is an error
     * @return the canonical path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public abstract String realpath(String path, boolean strict) throws OsException;

    /**
     * {@return whether {@code path} is a mount point} Mirrors {@code os.path.ismount(path)}.
     *
     * @param path a path
     */
    public abstract boolean ismount(String path);

    /**
     * {@code os.path.isjunction} (Python 3.12): {@code false} off Windows.
     *
     * @param path a path
     * @return whether {@code path} is a junction
     */
    public boolean isjunction(String path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    /**
     * {@code os.path.isdevdrive} (Python 3.12): {@code false}, CPython's answer off Windows.
     *
     * @param path a path
     * @return whether {@code path} is on a Windows Dev Drive
     */
    public boolean isdevdrive(String path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    /**
     * {@return whether {@code path} exists, following symlinks; {@code false} for any error} Mirrors
     * {@code os.path.exists(path)}.
     *
     * @param path a path
     */
    public boolean exists(String path) {
        return statOrNull(path, true) != null;
    }

    /**
     * {@return whether {@code path} exists, a dangling symlink included} Mirrors {@code os.path.lexists(path)}.
     *
     * @param path a path
     */
    public boolean lexists(String path) {
        return statOrNull(path, false) != null;
    }

    /**
     * {@return whether {@code path} is a regular file, following symlinks} Mirrors {@code os.path.isfile(path)}.
     *
     * @param path a path
     */
    public boolean isfile(String path) {
        StatResult st = statOrNull(path, true);
        return st != null && st.isRegularFile();
    }

    /**
     * {@return whether {@code path} is a directory, following symlinks} Mirrors {@code os.path.isdir(path)}.
     *
     * @param path a path
     */
    public boolean isdir(String path) {
        StatResult st = statOrNull(path, true);
        return st != null && st.isDir();
    }

    /**
     * {@return whether {@code path} is a symbolic link} Mirrors {@code os.path.islink(path)}.
     *
     * @param path a path
     */
    public boolean islink(String path) {
        StatResult st = statOrNull(path, false);
        return st != null && st.isSymlink();
    }

    /**
     * {@return the size of {@code path} in bytes} Mirrors {@code os.path.getsize(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public long getsize(String path) throws OsException {
        return os().stat(path).size();
    }

    /**
     * {@return the access time of {@code path}, in seconds since the epoch} Mirrors {@code os.path.getatime(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getatime(String path) throws OsException {
        return os().stat(path).atime();
    }

    /**
     * {@return the modification time of {@code path}, in seconds since the epoch} Mirrors
     * {@code os.path.getmtime(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getmtime(String path) throws OsException {
        return os().stat(path).mtime();
    }

    /**
     * {@return the status change time of {@code path}, in seconds since the epoch} Mirrors
     * {@code os.path.getctime(path)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getctime(String path) throws OsException {
        return os().stat(path).ctime();
    }

    /**
     * {@return whether both paths name the same file (device and inode)} Mirrors {@code os.path.samefile(f1, f2)}.
     *
     * @param f1 a path
     * @param f2 another path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public boolean samefile(String f1, String f2) throws OsException {
        Objects.requireNonNull(f1, "f1");
        Objects.requireNonNull(f2, "f2");
        return samestat(os().stat(f1), os().stat(f2));
    }

    /**
     * {@return whether both descriptors are open on the same file} Mirrors {@code os.path.sameopenfile(fp1, fp2)}.
     *
     * @param fp1 a file descriptor
     * @param fp2 another file descriptor
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public boolean sameopenfile(int fp1, int fp2) throws OsException {
        return samestat(os().fstat(fp1), os().fstat(fp2));
    }

    /**
     * {@return whether both results are of the same file (device and inode)} Mirrors {@code os.path.samestat(s1, s2)}.
     *
     * @param s1 a file's status
     * @param s2 another file's status
     */
    public boolean samestat(StatResult s1, StatResult s2) {
        return s1.ino() == s2.ino() && s1.dev() == s2.dev();
    }

    /** genericpath's {@code _splitext}: the extension starts at the last dot of the last name, past leading dots. */
    static SplitExt splitext(String p, char sep, char altsep) {
        int sepIndex = Math.max(p.lastIndexOf(sep), p.lastIndexOf(altsep));
        int dotIndex = p.lastIndexOf('.');
        if (dotIndex > sepIndex) {
            for (int i = sepIndex + 1; i < dotIndex; i++) {
                if (p.charAt(i) != '.') {
                    return new SplitExt(p.substring(0, dotIndex), p.substring(dotIndex));
                }
            }
        }
        return new SplitExt(p, "");
    }

    /** Python's {@code s.split(sep)}: every piece, the empty ones too. */
    static List<String> parts(String s, char sep) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** How many leading elements {@code a} and {@code b} share, counting no further than {@code limit}. */
    static int commonLength(List<String> a, List<String> b, int limit) {
        int n = Math.min(limit, Math.min(a.size(), b.size()));
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * The heart of {@code normpath}: appends the names of {@code path} from {@code from} on to
     * {@code out[0..len)}, joined by {@code sep}, leaving out empty names and {@code "."}, and letting
     * {@code ".."} take away the name before it (or vanish right after a root). Both {@code '/'} and
     * {@code sep} separate names. Returns the new length of {@code out}.
     */
    static int collapseNames(String path, int from, char sep, boolean rooted, char[] out, int len) {
        int n = path.length();
        // Kept names, as their starts in out; the first dotdots of them are "..", which only lead.
        int[] starts = new int[n / 2 + 1];
        int depth = 0;
        int dotdots = 0;
        int i = from;
        while (i < n) {
            int end = i;
            while (end < n && path.charAt(end) != '/' && path.charAt(end) != sep) {
                end++;
            }
            int size = end - i;
            boolean dot = size == 1 && path.charAt(i) == '.';
            boolean dotdot = size == 2 && path.charAt(i) == '.' && path.charAt(i + 1) == '.';
            if (size == 0 || dot) {
                // nothing to keep
            } else if (dotdot && depth > dotdots) {
                depth--;
                len = starts[depth] - (depth == 0 ? 0 : 1);
            } else if (!dotdot || !rooted) {
                if (depth > 0) {
                    out[len++] = sep;
                }
                starts[depth++] = len;
                path.getChars(i, end, out, len);
                len += size;
                if (dotdot) {
                    dotdots++;
                }
            }
            i = end + 1;
        }
        return len;
    }

    // ---- bytes paths ----
    // The string functions run on the bytes as ByteText, on which they do what Python's do with bytes; what
    // decodes the name in Python (os.fsdecode, os.fsencode) goes through FsCodec here.

    /**
     * {@return the last component of {@code p}} Mirrors {@code os.path.basename(bytes)}.
     *
     * @param p a path
     */
    public byte[] basename(byte[] p) {
        return ByteText.bytes(basename(ByteText.text(p, "p")));
    }

    /**
     * {@return {@code p} without its last component} Mirrors {@code os.path.dirname(bytes)}.
     *
     * @param p a path
     */
    public byte[] dirname(byte[] p) {
        return ByteText.bytes(dirname(ByteText.text(p, "p")));
    }

    /**
     * {@return whether {@code s} is absolute} Mirrors {@code os.path.isabs(bytes)}.
     *
     * @param s a path
     */
    public boolean isabs(byte[] s) {
        return isabs(ByteText.text(s, "s"));
    }

    /**
     * {@return the components joined with separators} Mirrors {@code os.path.join(bytes, *bytes)}.
     *
     * @param a the first component
     * @param p the following components
     */
    public byte[] join(byte[] a, byte[]... p) {
        List<String> rest = ByteText.texts(Arrays.asList(Objects.requireNonNull(p, "p")), "p");
        return ByteText.bytes(join(ByteText.text(a, "a"), rest.toArray(new String[0])));
    }

    /**
     * {@code os.path.normcase(bytes)}: decoded, {@link #normcase(String)}, encoded, as CPython does it.
     *
     * @param s a path
     * @return the name as compared
     */
    public byte[] normcase(byte[] s) {
        return FsCodec.encode(normcase(ByteText.fsdecode(s, "s")));
    }

    /**
     * {@return {@code path} normalized lexically} Mirrors {@code os.path.normpath(bytes)}.
     *
     * @param path a path
     */
    public byte[] normpath(byte[] path) {
        return ByteText.bytes(normpath(ByteText.text(path, "path")));
    }

    /**
     * {@return {@code (head, tail)}} Mirrors {@code os.path.split(bytes)}.
     *
     * @param p a path
     */
    public SplitBytes split(byte[] p) {
        Split s = split(ByteText.text(p, "p"));
        return new SplitBytes(ByteText.bytes(s.head()), ByteText.bytes(s.tail()));
    }

    /**
     * {@return {@code (drive, tail)}} Mirrors {@code os.path.splitdrive(bytes)}.
     *
     * @param p a path
     */
    public SplitDriveBytes splitdrive(byte[] p) {
        SplitDrive s = splitdrive(ByteText.text(p, "p"));
        return new SplitDriveBytes(ByteText.bytes(s.drive()), ByteText.bytes(s.tail()));
    }

    /**
     * {@return {@code (root, ext)}} Mirrors {@code os.path.splitext(bytes)}.
     *
     * @param p a path
     */
    public SplitExtBytes splitext(byte[] p) {
        SplitExt s = splitext(ByteText.text(p, "p"));
        return new SplitExtBytes(ByteText.bytes(s.root()), ByteText.bytes(s.ext()));
    }

    /**
     * {@return {@code (drive, root, tail)}} Mirrors {@code os.path.splitroot(bytes)}.
     *
     * @param p a path
     */
    public SplitRootBytes splitroot(byte[] p) {
        SplitRoot s = splitroot(ByteText.text(p, "p"));
        return new SplitRootBytes(ByteText.bytes(s.drive()), ByteText.bytes(s.root()), ByteText.bytes(s.tail()));
    }

    /**
     * {@code os.path.commonpath} of {@code bytes} (a {@code Collection} where the str one takes a {@code List}: Java
     * cannot tell {@code List<byte[]>} from {@code List<String>} apart).
     *
     * @param paths the paths, all absolute or all relative
     * @return the longest common sub-path
     */
    public byte[] commonpath(Collection<byte[]> paths) {
        return ByteText.bytes(commonpath(ByteText.texts(paths, "paths")));
    }

    /**
     * {@code os.path.commonprefix} of {@code bytes}: byte by byte, so it may end inside a character.
     *
     * @param m the byte strings
     * @return their longest common prefix
     */
    public byte[] commonprefix(Collection<byte[]> m) {
        return ByteText.bytes(commonprefix(ByteText.texts(m, "m")));
    }

    /**
     * {@code os.path.expandvars(bytes)}: {@link #expandvars(String)} of the decoded path, encoded. Python looks the
     * names up in {@code os.environb}, which is {@code os.environ} encoded, and every name and separator it looks
     * for is ASCII, so this is exactly Python's answer.
     *
     * @param path a path
     * @return {@code path} with the set variables replaced
     */
    public byte[] expandvars(byte[] path) {
        return FsCodec.encode(expandvars(ByteText.fsdecode(path, "path")));
    }

    /**
     * {@code os.path.expanduser(bytes)}: Python decodes the user name and encodes the home directory too.
     *
     * @param path a path
     * @return {@code path} with a leading {@code ~} replaced
     */
    public byte[] expanduser(byte[] path) {
        return FsCodec.encode(expanduser(ByteText.fsdecode(path, "path")));
    }

    /**
     * {@code os.path.abspath(bytes)}: joined to {@code os.getcwdb()} unless absolute, then normalized.
     *
     * @param path a path
     * @return the absolute path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public byte[] abspath(byte[] path) throws OsException {
        return ByteText.bytes(abspath(ByteText.text(path, "path"),
                () -> ByteText.text(FsCodec.encode(env().getcwd()))));
    }

    /**
     * {@return {@code path} relative to the working directory} Mirrors {@code os.path.relpath(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public byte[] relpath(byte[] path) throws OsException {
        return relpath(path, ByteText.bytes(curdir()));
    }

    /**
     * {@code os.path.relpath(bytes, bytes)}: names compared as {@link #normcase(byte[])} makes them.
     *
     * @param path a path
     * @param start the directory the result is relative to
     * @return {@code path} relative to {@code start}
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public byte[] relpath(byte[] path, byte[] start) throws OsException {
        Objects.requireNonNull(start, "start");
        if (path.length == 0) {
            throw new IllegalArgumentException("no path specified");
        }
        return ByteText.bytes(relative(ByteText.text(abspath(path)), ByteText.text(abspath(start)),
                name -> ByteText.text(normcase(ByteText.bytes(name)))));
    }

    /**
     * {@return the canonical path} Mirrors {@code os.path.realpath(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public byte[] realpath(byte[] path) throws OsException {
        return realpath(path, false);
    }

    /**
     * {@return the canonical path} Mirrors {@code os.path.realpath(bytes, strict=...)}.
     *
     * @param path a path
     * @param strict whether a missing component or a loop is an error
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public abstract byte[] realpath(byte[] path, boolean strict) throws OsException;

    /**
     * {@return whether {@code path} is a mount point} Mirrors {@code os.path.ismount(bytes)}.
     *
     * @param path a path
     */
    public abstract boolean ismount(byte[] path);

    /**
     * {@return whether {@code path} is a junction: {@code false} off Windows} Mirrors
     * {@code os.path.isjunction(bytes)}.
     *
     * @param path a path
     */
    public boolean isjunction(byte[] path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    /**
     * {@return whether {@code path} is on a Dev Drive: {@code false} off Windows} Mirrors
     * {@code os.path.isdevdrive(bytes)}.
     *
     * @param path a path
     */
    public boolean isdevdrive(byte[] path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    /**
     * {@return whether {@code path} exists, following symlinks} Mirrors {@code os.path.exists(bytes)}.
     *
     * @param path a path
     */
    public boolean exists(byte[] path) {
        return exists(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return whether {@code path} exists, a dangling symlink included} Mirrors {@code os.path.lexists(bytes)}.
     *
     * @param path a path
     */
    public boolean lexists(byte[] path) {
        return lexists(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return whether {@code path} is a regular file, following symlinks} Mirrors {@code os.path.isfile(bytes)}.
     *
     * @param path a path
     */
    public boolean isfile(byte[] path) {
        return isfile(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return whether {@code path} is a directory, following symlinks} Mirrors {@code os.path.isdir(bytes)}.
     *
     * @param path a path
     */
    public boolean isdir(byte[] path) {
        return isdir(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return whether {@code path} is a symbolic link} Mirrors {@code os.path.islink(bytes)}.
     *
     * @param path a path
     */
    public boolean islink(byte[] path) {
        return islink(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return the size of {@code path} in bytes} Mirrors {@code os.path.getsize(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public long getsize(byte[] path) throws OsException {
        return getsize(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return the access time of {@code path}, in seconds since the epoch} Mirrors {@code os.path.getatime(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getatime(byte[] path) throws OsException {
        return getatime(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return the modification time of {@code path}, in seconds since the epoch} Mirrors
     * {@code os.path.getmtime(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getmtime(byte[] path) throws OsException {
        return getmtime(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return the status change time of {@code path}, in seconds since the epoch} Mirrors
     * {@code os.path.getctime(bytes)}.
     *
     * @param path a path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getctime(byte[] path) throws OsException {
        return getctime(ByteText.fsdecode(path, "path"));
    }

    /**
     * {@return whether both paths name the same file} Mirrors {@code os.path.samefile(bytes, bytes)}.
     *
     * @param f1 a path
     * @param f2 another path
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public boolean samefile(byte[] f1, byte[] f2) throws OsException {
        return samefile(ByteText.fsdecode(f1, "f1"), ByteText.fsdecode(f2, "f2"));
    }

    // ---- file descriptors: where Python's os.stat takes one (lstat does not: no lexists, islink, ismount) ----

    /**
     * {@code os.path.exists(fd)}: whether {@code fd} is open; {@code false} for a closed or negative one.
     *
     * @param fd a file descriptor
     * @return whether it is open
     */
    public boolean exists(int fd) {
        return fstatOrNull(fd) != null;
    }

    /**
     * {@return whether {@code fd} is open on a regular file} Mirrors {@code os.path.isfile(fd)}.
     *
     * @param fd a file descriptor
     */
    public boolean isfile(int fd) {
        StatResult st = fstatOrNull(fd);
        return st != null && st.isRegularFile();
    }

    /**
     * {@return whether {@code fd} is open on a directory} Mirrors {@code os.path.isdir(fd)}.
     *
     * @param fd a file descriptor
     */
    public boolean isdir(int fd) {
        StatResult st = fstatOrNull(fd);
        return st != null && st.isDir();
    }

    /**
     * {@return the size of the file open at {@code fd}} Mirrors {@code os.path.getsize(fd)}.
     *
     * @param fd a file descriptor
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public long getsize(int fd) throws OsException {
        return os().stat(fd).size();
    }

    /**
     * {@return the access time of the file open at {@code fd}, in seconds since the epoch} Mirrors
     * {@code os.path.getatime(fd)}.
     *
     * @param fd a file descriptor
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getatime(int fd) throws OsException {
        return os().stat(fd).atime();
    }

    /**
     * {@return the modification time of the file open at {@code fd}, in seconds since the epoch} Mirrors
     * {@code os.path.getmtime(fd)}.
     *
     * @param fd a file descriptor
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getmtime(int fd) throws OsException {
        return os().stat(fd).mtime();
    }

    /**
     * {@return the status change time of the file open at {@code fd}, in seconds since the epoch} Mirrors
     * {@code os.path.getctime(fd)}.
     *
     * @param fd a file descriptor
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public double getctime(int fd) throws OsException {
        return os().stat(fd).ctime();
    }

    /**
     * {@code os.path.samefile(fd1, fd2)}: what {@link #sameopenfile} answers.
     *
     * @param fd1 a file descriptor
     * @param fd2 another file descriptor
     * @return whether both are open on the same file
     * @throws OsException if the operating system reports an error: the subclass for its errno
     */
    public boolean samefile(int fd1, int fd2) throws OsException {
        return sameopenfile(fd1, fd2);
    }

    /** {@code os.stat(fd)}, or {@code null} where Python's predicates catch OSError. */
    private StatResult fstatOrNull(int fd) {
        try {
            return os().stat(fd);
        } catch (OsException e) {
            return null;
        }
    }

    /** A stat that answers {@code null} where Python's predicates catch OSError or ValueError. */
    private StatResult statOrNull(String path, boolean follow) {
        try {
            return os().statIfExists(path, follow ? At.DEFAULT : At.NOFOLLOW).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // Python's predicates answer False for a NUL in the path too
        }
    }
}
