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

    /** The {@code os} this flavour asks about files. */
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

    public abstract String sep();

    /** {@code os.path.altsep}, or {@code null}. */
    public abstract String altsep();

    public abstract String pathsep();

    public abstract String curdir();

    public abstract String pardir();

    public abstract String extsep();

    public abstract String defpath();

    public abstract String devnull();

    /** Whether {@code os.path.supports_unicode_filenames}. */
    public abstract boolean supportsUnicodeFilenames();

    // ---- pure string functions ----

    public abstract String basename(String p);

    public abstract String dirname(String p);

    public abstract boolean isabs(String s);

    public abstract String join(String a, String... p);

    public abstract String normcase(String s);

    public abstract String normpath(String path);

    public abstract Split split(String p);

    public abstract SplitDrive splitdrive(String p);

    public abstract SplitExt splitext(String p);

    /** {@code os.path.splitroot} (Python 3.12). */
    public abstract SplitRoot splitroot(String p);

    /** {@code os.path.commonpath}: raises {@link IllegalArgumentException} as Python raises ValueError. */
    public abstract String commonpath(List<String> paths);

    /** {@code os.path.commonprefix}: the longest common leading string, code point by code point. */
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

    /** {@code os.path.expandvars}: {@code $name} and {@code ${name}}, plus {@code %name%} in {@link NtPath}. */
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

    public String relpath(String path) throws OsException {
        return relpath(path, curdir());
    }

    /** {@code os.path.relpath}: fails with {@link IllegalArgumentException} for an empty path. */
    public String relpath(String path, String start) throws OsException {
        Objects.requireNonNull(start, "start");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("no path specified");
        }
        return relative(abspath(path), abspath(start), this::normcase);
    }

    /** The way from {@code startAbs} to {@code pathAbs}, names compared as {@code normcase} makes them. */
    abstract String relative(String pathAbs, String startAbs, UnaryOperator<String> normcase);

    public abstract String expanduser(String path);

    public abstract String realpath(String path) throws OsException;

    /** {@code os.path.realpath(path, strict=True)}: fails on a missing component or a symlink loop. */
    public abstract String realpath(String path, boolean strict) throws OsException;

    public abstract boolean ismount(String path);

    /** {@code os.path.isjunction} (Python 3.12): {@code false} off Windows. */
    public boolean isjunction(String path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    /** {@code os.path.isdevdrive} (Python 3.12): {@code false}, CPython's answer off Windows. */
    public boolean isdevdrive(String path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    public boolean exists(String path) {
        return statOrNull(path, true) != null;
    }

    public boolean lexists(String path) {
        return statOrNull(path, false) != null;
    }

    public boolean isfile(String path) {
        StatResult st = statOrNull(path, true);
        return st != null && st.isRegularFile();
    }

    public boolean isdir(String path) {
        StatResult st = statOrNull(path, true);
        return st != null && st.isDir();
    }

    public boolean islink(String path) {
        StatResult st = statOrNull(path, false);
        return st != null && st.isSymlink();
    }

    public long getsize(String path) throws OsException {
        return os().stat(path).size();
    }

    public double getatime(String path) throws OsException {
        return os().stat(path).atime();
    }

    public double getmtime(String path) throws OsException {
        return os().stat(path).mtime();
    }

    public double getctime(String path) throws OsException {
        return os().stat(path).ctime();
    }

    public boolean samefile(String f1, String f2) throws OsException {
        Objects.requireNonNull(f1, "f1");
        Objects.requireNonNull(f2, "f2");
        return samestat(os().stat(f1), os().stat(f2));
    }

    public boolean sameopenfile(int fp1, int fp2) throws OsException {
        return samestat(os().fstat(fp1), os().fstat(fp2));
    }

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

    public byte[] basename(byte[] p) {
        return ByteText.bytes(basename(ByteText.text(p, "p")));
    }

    public byte[] dirname(byte[] p) {
        return ByteText.bytes(dirname(ByteText.text(p, "p")));
    }

    public boolean isabs(byte[] s) {
        return isabs(ByteText.text(s, "s"));
    }

    public byte[] join(byte[] a, byte[]... p) {
        List<String> rest = ByteText.texts(Arrays.asList(Objects.requireNonNull(p, "p")), "p");
        return ByteText.bytes(join(ByteText.text(a, "a"), rest.toArray(new String[0])));
    }

    /** {@code os.path.normcase(bytes)}: decoded, {@link #normcase(String)}, encoded, as CPython does it. */
    public byte[] normcase(byte[] s) {
        return FsCodec.encode(normcase(ByteText.fsdecode(s, "s")));
    }

    public byte[] normpath(byte[] path) {
        return ByteText.bytes(normpath(ByteText.text(path, "path")));
    }

    public SplitBytes split(byte[] p) {
        Split s = split(ByteText.text(p, "p"));
        return new SplitBytes(ByteText.bytes(s.head()), ByteText.bytes(s.tail()));
    }

    public SplitDriveBytes splitdrive(byte[] p) {
        SplitDrive s = splitdrive(ByteText.text(p, "p"));
        return new SplitDriveBytes(ByteText.bytes(s.drive()), ByteText.bytes(s.tail()));
    }

    public SplitExtBytes splitext(byte[] p) {
        SplitExt s = splitext(ByteText.text(p, "p"));
        return new SplitExtBytes(ByteText.bytes(s.root()), ByteText.bytes(s.ext()));
    }

    public SplitRootBytes splitroot(byte[] p) {
        SplitRoot s = splitroot(ByteText.text(p, "p"));
        return new SplitRootBytes(ByteText.bytes(s.drive()), ByteText.bytes(s.root()), ByteText.bytes(s.tail()));
    }

    /**
     * {@code os.path.commonpath} of {@code bytes} (a {@code Collection} where the str one takes a {@code List}: Java
     * cannot tell {@code List<byte[]>} from {@code List<String>} apart).
     */
    public byte[] commonpath(Collection<byte[]> paths) {
        return ByteText.bytes(commonpath(ByteText.texts(paths, "paths")));
    }

    /** {@code os.path.commonprefix} of {@code bytes}: byte by byte, so it may end inside a character. */
    public byte[] commonprefix(Collection<byte[]> m) {
        return ByteText.bytes(commonprefix(ByteText.texts(m, "m")));
    }

    /**
     * {@code os.path.expandvars(bytes)}: {@link #expandvars(String)} of the decoded path, encoded. Python looks the
     * names up in {@code os.environb}, which is {@code os.environ} encoded, and every name and separator it looks
     * for is ASCII, so this is exactly Python's answer.
     */
    public byte[] expandvars(byte[] path) {
        return FsCodec.encode(expandvars(ByteText.fsdecode(path, "path")));
    }

    /** {@code os.path.expanduser(bytes)}: Python decodes the user name and encodes the home directory too. */
    public byte[] expanduser(byte[] path) {
        return FsCodec.encode(expanduser(ByteText.fsdecode(path, "path")));
    }

    /** {@code os.path.abspath(bytes)}: joined to {@code os.getcwdb()} unless absolute, then normalized. */
    public byte[] abspath(byte[] path) throws OsException {
        return ByteText.bytes(abspath(ByteText.text(path, "path"),
                () -> ByteText.text(FsCodec.encode(env().getcwd()))));
    }

    public byte[] relpath(byte[] path) throws OsException {
        return relpath(path, ByteText.bytes(curdir()));
    }

    /** {@code os.path.relpath(bytes, bytes)}: names compared as {@link #normcase(byte[])} makes them. */
    public byte[] relpath(byte[] path, byte[] start) throws OsException {
        Objects.requireNonNull(start, "start");
        if (path.length == 0) {
            throw new IllegalArgumentException("no path specified");
        }
        return ByteText.bytes(relative(ByteText.text(abspath(path)), ByteText.text(abspath(start)),
                name -> ByteText.text(normcase(ByteText.bytes(name)))));
    }

    public byte[] realpath(byte[] path) throws OsException {
        return realpath(path, false);
    }

    public abstract byte[] realpath(byte[] path, boolean strict) throws OsException;

    public abstract boolean ismount(byte[] path);

    public boolean isjunction(byte[] path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    public boolean isdevdrive(byte[] path) {
        Objects.requireNonNull(path, "path");
        return false;
    }

    public boolean exists(byte[] path) {
        return exists(ByteText.fsdecode(path, "path"));
    }

    public boolean lexists(byte[] path) {
        return lexists(ByteText.fsdecode(path, "path"));
    }

    public boolean isfile(byte[] path) {
        return isfile(ByteText.fsdecode(path, "path"));
    }

    public boolean isdir(byte[] path) {
        return isdir(ByteText.fsdecode(path, "path"));
    }

    public boolean islink(byte[] path) {
        return islink(ByteText.fsdecode(path, "path"));
    }

    public long getsize(byte[] path) throws OsException {
        return getsize(ByteText.fsdecode(path, "path"));
    }

    public double getatime(byte[] path) throws OsException {
        return getatime(ByteText.fsdecode(path, "path"));
    }

    public double getmtime(byte[] path) throws OsException {
        return getmtime(ByteText.fsdecode(path, "path"));
    }

    public double getctime(byte[] path) throws OsException {
        return getctime(ByteText.fsdecode(path, "path"));
    }

    public boolean samefile(byte[] f1, byte[] f2) throws OsException {
        return samefile(ByteText.fsdecode(f1, "f1"), ByteText.fsdecode(f2, "f2"));
    }

    // ---- file descriptors: where Python's os.stat takes one (lstat does not: no lexists, islink, ismount) ----

    /** {@code os.path.exists(fd)}: whether {@code fd} is open; {@code false} for a closed or negative one. */
    public boolean exists(int fd) {
        return fstatOrNull(fd) != null;
    }

    public boolean isfile(int fd) {
        StatResult st = fstatOrNull(fd);
        return st != null && st.isRegularFile();
    }

    public boolean isdir(int fd) {
        StatResult st = fstatOrNull(fd);
        return st != null && st.isDir();
    }

    public long getsize(int fd) throws OsException {
        return os().stat(fd).size();
    }

    public double getatime(int fd) throws OsException {
        return os().stat(fd).atime();
    }

    public double getmtime(int fd) throws OsException {
        return os().stat(fd).mtime();
    }

    public double getctime(int fd) throws OsException {
        return os().stat(fd).ctime();
    }

    /** {@code os.path.samefile(fd1, fd2)}: what {@link #sameopenfile} answers. */
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
