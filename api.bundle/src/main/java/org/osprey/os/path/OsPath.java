package org.osprey.os.path;

import java.util.ArrayList;
import java.util.List;

import org.osprey.os.At;
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
        if (m.isEmpty()) {
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
        return normpath(isabs(path) ? path : join(env().getcwd(), path));
    }

    public String relpath(String path) throws OsException {
        return relpath(path, curdir());
    }

    public abstract String relpath(String path, String start) throws OsException;

    public abstract String expanduser(String path);

    public abstract String realpath(String path) throws OsException;

    /** {@code os.path.realpath(path, strict=True)}: fails on a missing component or a symlink loop. */
    public abstract String realpath(String path, boolean strict) throws OsException;

    public abstract boolean ismount(String path);

    /** {@code os.path.isjunction} (Python 3.12): {@code false} off Windows. */
    public boolean isjunction(String path) {
        return false;
    }

    /** {@code os.path.isdevdrive} (Python 3.12): {@code false}, CPython's answer off Windows. */
    public boolean isdevdrive(String path) {
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

    /** A stat that answers {@code null} where Python's predicates catch OSError or ValueError. */
    private StatResult statOrNull(String path, boolean follow) {
        try {
            return os().statIfExists(path, follow ? At.DEFAULT : At.NOFOLLOW).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // Python's predicates answer False for a NUL in the path too
        }
    }
}
