package org.osprey.os.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Platform;
import org.osprey.os.StatResult;

/** Python's {@code posixpath}, as of CPython 3.13: {@code '/'} separates, {@code "//"} may lead. */
public final class PosixPath extends OsPath {
    /** The flavour without an {@link Os}: the string functions only. */
    public static final PosixPath PURE = new PosixPath((Os) null);

    private static final boolean DARWIN = System.getProperty("os.name", "").startsWith("Mac");
    /**
     * CPython's <code>\$(\w+|\{[^}]*\}?)</code> (<code>\w</code> is ASCII in both), compiled on the first
     * {@code expandvars}, not with the class: an {@code Os}'s first call need not pay for a regex.
     */
    private static final class Variable {
        static final Pattern PATTERN = Pattern.compile("\\$(\\w+|\\{[^}]*\\}?)");
    }

    /**
     * The flavour that asks {@code os} about files and the process.
     *
     * @param os the {@code os} asked about files, the working directory and the environment
     */
    public PosixPath(Os os) {
        super(os);
    }

    /** A flavour that reads the process through {@code env}; without an {@code Os} it cannot look at files. */
    PosixPath(ProcessEnv env) {
        super(null, env);
    }

    // ---- constants ----

    @Override
    public String sep() {
        return Platform.POSIX.sep();
    }

    @Override
    public String altsep() {
        return Platform.POSIX.altsep();
    }

    @Override
    public String pathsep() {
        return Platform.POSIX.pathsep();
    }

    @Override
    public String curdir() {
        return Platform.POSIX.curdir();
    }

    @Override
    public String pardir() {
        return Platform.POSIX.pardir();
    }

    @Override
    public String extsep() {
        return Platform.POSIX.extsep();
    }

    @Override
    public String defpath() {
        return Platform.POSIX.defpath();
    }

    @Override
    public String devnull() {
        return Platform.POSIX.devnull();
    }

    /**
     * {@code os.path.supports_unicode_filenames}: {@code true} only on macOS, as CPython's
     * {@code sys.platform == 'darwin'}.
     */
    @Override
    public boolean supportsUnicodeFilenames() {
        return DARWIN;
    }

    // ---- pure string functions ----

    @Override
    public String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public String dirname(String p) {
        return head(p, p.lastIndexOf('/') + 1);
    }

    @Override
    public Split split(String p) {
        int i = p.lastIndexOf('/') + 1;
        return new Split(head(p, i), p.substring(i));
    }

    /** {@code p[:end]} without its trailing slashes, unless it is nothing but slashes. */
    private static String head(String p, int end) {
        int j = end;
        while (j > 0 && p.charAt(j - 1) == '/') {
            j--;
        }
        return p.substring(0, j == 0 ? end : j);
    }

    @Override
    public boolean isabs(String s) {
        return s.startsWith("/");
    }

    @Override
    public String join(String a, String... p) {
        Objects.requireNonNull(a, "a");
        if (p.length == 1) {
            String b = p[0];
            return b.startsWith("/") || a.isEmpty() ? b : a.endsWith("/") ? a.concat(b) : a + '/' + b;
        }
        StringBuilder path = new StringBuilder(a);
        for (String b : p) {
            if (b.startsWith("/") || path.length() == 0) {
                path.setLength(0);
            } else if (path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            path.append(b);
        }
        return path.toString();
    }

    @Override
    public String normcase(String s) {
        return Objects.requireNonNull(s, "s");
    }

    @Override
    public String normpath(String path) {
        int n = path.length();
        if (n == 0) {
            return ".";
        }
        int rootLen = rootLength(path);
        char[] out = new char[n];
        path.getChars(0, rootLen, out, 0);
        int len = collapseNames(path, rootLen, '/', rootLen > 0, out, rootLen);
        if (len == 0) {
            return ".";
        }
        // What normpath keeps is a subsequence of path: the same length means nothing changed.
        return len == n ? path : new String(out, 0, len);
    }

    /** The root {@code splitroot} finds: one slash, or exactly two, which POSIX lets mean something else. */
    private static int rootLength(String p) {
        if (p.isEmpty() || p.charAt(0) != '/') {
            return 0;
        }
        return p.length() > 1 && p.charAt(1) == '/' && (p.length() == 2 || p.charAt(2) != '/') ? 2 : 1;
    }

    @Override
    public SplitDrive splitdrive(String p) {
        return new SplitDrive("", Objects.requireNonNull(p, "p"));
    }

    @Override
    public SplitExt splitext(String p) {
        return splitext(p, '/', '/');
    }

    @Override
    public SplitRoot splitroot(String p) {
        int r = rootLength(p);
        return new SplitRoot("", p.substring(0, r), p.substring(r));
    }

    @Override
    public String commonpath(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("commonpath() arg is an empty sequence");
        }
        boolean abs = paths.get(0).startsWith("/");
        List<String> common = names(paths.get(0));
        int n = common.size();
        for (String p : paths) {
            if (p.startsWith("/") != abs) {
                throw new IllegalArgumentException("Can't mix absolute and relative paths");
            }
            n = commonLength(common, names(p), n);
        }
        // CPython compares only the smallest and largest lists; their common part is everyone's.
        return (abs ? "/" : "") + String.join("/", common.subList(0, n));
    }

    /** The names of a path, without the empty ones and {@code "."}. */
    private static List<String> names(String p) {
        List<String> names = parts(p, '/');
        names.removeIf(c -> c.isEmpty() || c.equals("."));
        return names;
    }

    // ---- functions that consult the working directory, the environment or the file system ----

    /**
     * {@code os.path.expandvars}: {@code $name} (ASCII letters, digits, {@code _}) and {@code ${name}}; an unknown
     * variable stays as written, and so does everything from an unclosed <code>${</code> on. As CPython since
     * gh-136065 (3.13.x, 3.14), in one pass over the path: 3.13.0 rescanned the rest after every unclosed brace.
     */
    @Override
    public String expandvars(String path) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        ProcessEnv env = env();
        return Variable.PATTERN.matcher(path)
                .replaceAll(m -> Matcher.quoteReplacement(dollarReference(env, m.group(), m.group(1))));
    }

    /**
     * {@code os.path.expanduser}: {@code ~} is {@code $HOME}, else the user database's entry for the process's
     * user; {@code ~name} is that user's. As in CPython the path stays as it is when the user is unknown, also
     * when the database cannot be read (Python's {@code pwd} reports every failure as KeyError).
     */
    @Override
    public String expanduser(String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String userhome;
        try {
            if (i == 1) {
                userhome = env().getenv("HOME");
                if (userhome == null) {
                    userhome = env().home();
                }
            } else {
                String name = path.substring(1, i);
                if (name.indexOf('\0') >= 0) {
                    // Python's pwd.getpwnam raises ValueError before it looks.
                    throw new IllegalArgumentException("getpwnam: embedded null character");
                }
                userhome = env().home(name);
            }
        } catch (OsException e) {
            return path;
        }
        if (userhome == null) {
            return path;
        }
        int end = userhome.length();
        while (end > 0 && userhome.charAt(end - 1) == '/') {
            end--;
        }
        String expanded = userhome.substring(0, end) + path.substring(i);
        return expanded.isEmpty() ? "/" : expanded;
    }

    @Override
    String relative(String pathAbs, String startAbs, UnaryOperator<String> normcase) {
        List<String> startList = rootlessNames(startAbs);
        List<String> pathList = rootlessNames(pathAbs);
        int i = commonLength(startList, pathList, Math.min(startList.size(), pathList.size()));
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    /** The names of an absolute path after its leading slashes, empty ones included. */
    private static List<String> rootlessNames(String abs) {
        int i = 0;
        while (i < abs.length() && abs.charAt(i) == '/') {
            i++;
        }
        return i == abs.length() ? new ArrayList<>() : parts(abs.substring(i), '/');
    }

    @Override
    public String realpath(String path) throws OsException {
        return realpath(path, false);
    }

    /**
     * {@code os.path.realpath}: CPython 3.13's walk, one name at a time with {@code lstat} and {@code readlink}.
     * Without {@code strict} a name that cannot be looked at, or a symlink loop, ends up in the result as it is.
     */
    @Override
    public String realpath(String filename, boolean strict) throws OsException {
        Os os = os();
        // Unresolved names, the next one last. A null above a link's path marks where its target's names end.
        List<String> rest = new ArrayList<>();
        pushNames(rest, filename);
        String path = filename.startsWith("/") ? "/" : env().getcwd();
        // A symlink's fully resolved target; null while it is being resolved, so meeting it again is a loop.
        Map<String, String> seen = new HashMap<>();
        while (!rest.isEmpty()) {
            String name = rest.remove(rest.size() - 1);
            if (name == null) {
                seen.put(rest.remove(rest.size() - 1), path);
                continue;
            }
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                int i = path.lastIndexOf('/');
                path = i <= 0 ? "/" : path.substring(0, i);
                continue;
            }
            String newpath = path.equals("/") ? "/" + name : path + "/" + name;
            String target;
            try {
                StatResult st = os.lstat(newpath);
                if (!st.isSymlink()) {
                    path = newpath;
                    continue;
                }
                if (seen.containsKey(newpath)) {
                    path = seen.get(newpath);
                    if (path != null) {
                        continue;
                    }
                    if (strict) {
                        os.stat(newpath); // fails with ELOOP
                    }
                    path = newpath;
                    continue;
                }
                target = os.readlink(newpath);
            } catch (OsException e) {
                if (strict) {
                    throw e;
                }
                path = newpath;
                continue;
            }
            seen.put(newpath, null);
            if (target.startsWith("/")) {
                path = "/";
            }
            rest.add(newpath);
            rest.add(null);
            pushNames(rest, target);
        }
        return path;
    }

    /**
     * {@code os.path.realpath(bytes)}: the walk of {@link #realpath(String, boolean)} on the decoded name, whose
     * every step (splitting at {@code '/'}, {@code lstat}, {@code readlink}) gives what it gives on the bytes.
     */
    @Override
    public byte[] realpath(byte[] path, boolean strict) throws OsException {
        return FsCodec.encode(realpath(ByteText.fsdecode(path, "path"), strict));
    }

    /** Pushes the names of {@code path} so that the first one is popped first. */
    private static void pushNames(List<String> stack, String path) {
        int end = path.length();
        for (int i = end - 1; i >= -1; i--) {
            if (i < 0 || path.charAt(i) == '/') {
                stack.add(path.substring(i + 1, end));
                end = i;
            }
        }
    }

    /**
     * {@code os.path.ismount}: whether {@code path/..} is on another device or is the same i-node. Where CPython
     * would let an error of the working directory escape, this answers {@code false}.
     */
    @Override
    public boolean ismount(String path) {
        Os os = os();
        StatResult s1;
        try {
            s1 = os.lstat(path);
        } catch (OsException | IllegalArgumentException e) {
            return false;
        }
        if (s1.isSymlink()) {
            return false;
        }
        String parent = join(path, "..");
        StatResult s2;
        try {
            s2 = os.lstat(parent);
        } catch (OsException e) {
            try {
                s2 = os.lstat(realpath(parent));
            } catch (OsException e2) {
                return false;
            }
        }
        return s1.dev() != s2.dev() || s1.ino() == s2.ino();
    }

    /** {@code os.path.ismount(bytes)}: Python's steps on bytes are the same on the decoded name. */
    @Override
    public boolean ismount(byte[] path) {
        return ismount(ByteText.fsdecode(path, "path"));
    }
}
