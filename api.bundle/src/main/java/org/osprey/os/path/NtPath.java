package org.osprey.os.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Platform;

/**
 * Python's {@code ntpath}, as of CPython 3.13: {@code '\'} and {@code '/'} both separate, and a path may start
 * with a drive: a letter ({@code C:}), a UNC share ({@code \\server\share}) or a device
 * ({@code \\?\C:}, {@code \\.\pipe}, {@code \\?\UNC\server\share}).
 *
 * <p>Bound to a Windows {@link Os} (CPython's {@code nt} module present), {@code abspath} asks
 * {@link Os#getfullpathname} and {@code realpath} {@link Os#getfinalpathname}, as CPython 3.13 does; bound to
 * any other {@code Os} they are CPython's fallback for a missing {@code nt}: lexical, with the working directory
 * from the {@code Os}, links unresolved. So does {@code ismount} ask {@link Os#getvolumepathname} there, and is
 * lexical elsewhere.
 */
public final class NtPath extends OsPath {
    /** The flavour without an {@link Os}: the string functions only. */
    public static final NtPath PURE = new NtPath((Os) null);

    private static final Set<String> RESERVED_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00b9", "COM\u00b2",
            "COM\u00b3", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00b9",
            "LPT\u00b2", "LPT\u00b3");
    private static final String PREFIX = "\\\\?\\";
    private static final String UNC_PREFIX = "\\\\?\\UNC\\";
    /** The winerrors on which CPython's {@code _getfinalpathname_nonstrict} stops resolving and keeps the name. */
    private static final Set<Integer> UNRESOLVABLE = Set.of(1, 2, 3, 5, 21, 32, 50, 53, 65, 67, 87, 123, 161, 1920,
            1921);
    /** The winerrors on which CPython's {@code _readlink_deep} stops following links. */
    private static final Set<Integer> NOT_A_LINK = Set.of(1, 2, 3, 5, 21, 32, 50, 67, 87, 4390, 4392, 4393);
    /**
     * CPython's <code>'[^']*'?|%(%|[^%]*%?)|\$(\$|[-\w]+|\{[^}]*\}?)</code> (<code>\w</code> is ASCII in
     * both): a quoted part, a {@code %} reference (group 1) or a {@code $} reference (group 2); a match that is
     * not closed runs to the end of the path.
     */
    private static final Pattern REFERENCE = Pattern.compile("'[^']*'?|%(%|[^%]*%?)|\\$(\\$|[-\\w]+|\\{[^}]*\\}?)");

    /** The {@code Os} whose {@code nt} path calls this flavour asks, or {@code null} off Windows. */
    private final Os nt;

    /**
     * The flavour that asks {@code os} about files and the process.
     *
     * @param os the {@code os} asked about files, the working directory and the environment
     */
    public NtPath(Os os) {
        super(os);
        this.nt = os != null && os.platform() == Platform.NT ? os : null;
    }

    /** A flavour that reads the process through {@code env}; without an {@code Os} it cannot look at files. */
    NtPath(ProcessEnv env) {
        super(null, env);
        this.nt = null;
    }

    // ---- constants ----

    @Override
    public String sep() {
        return Platform.NT.sep();
    }

    @Override
    public String altsep() {
        return Platform.NT.altsep();
    }

    @Override
    public String pathsep() {
        return Platform.NT.pathsep();
    }

    @Override
    public String curdir() {
        return Platform.NT.curdir();
    }

    @Override
    public String pardir() {
        return Platform.NT.pardir();
    }

    @Override
    public String extsep() {
        return Platform.NT.extsep();
    }

    @Override
    public String defpath() {
        return Platform.NT.defpath();
    }

    @Override
    public String devnull() {
        return Platform.NT.devnull();
    }

    @Override
    public boolean supportsUnicodeFilenames() {
        return true;
    }

    // ---- drive and root ----

    private static boolean isSep(char c) {
        return c == '\\' || c == '/';
    }

    private static int indexOfSep(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            if (isSep(p.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the drive that {@code splitroot} finds at the start of {@code p} ends. */
    private static int driveEnd(String p) {
        int n = p.length();
        if (n == 0) {
            return 0;
        }
        if (isSep(p.charAt(0))) {
            if (n == 1 || !isSep(p.charAt(1))) {
                return 0;
            }
            // \\server\share, \\?\UNC\server\share, or a device: \\.\name, \\?\name
            int index = indexOfSep(p, isUncPrefix(p) ? 8 : 2);
            int index2 = index < 0 ? -1 : indexOfSep(p, index + 1);
            return index2 < 0 ? n : index2;
        }
        // A letter and a colon: Python looks at the second code point, which may be the third char.
        int colon = Character.charCount(p.codePointAt(0));
        return colon < n && p.charAt(colon) == ':' ? colon + 1 : 0;
    }

    /** Whether {@code p} starts with {@code \\?\UNC\}, in any case and with either separator. */
    private static boolean isUncPrefix(String p) {
        return p.length() >= 8 && isSep(p.charAt(0)) && isSep(p.charAt(1)) && p.charAt(2) == '?'
                && isSep(p.charAt(3)) && (p.charAt(4) | 0x20) == 'u' && (p.charAt(5) | 0x20) == 'n'
                && (p.charAt(6) | 0x20) == 'c' && isSep(p.charAt(7));
    }

    /** Where the root after the drive ends: the root is one separator, or nothing. */
    private static int rootEnd(String p, int driveEnd) {
        return driveEnd < p.length() && isSep(p.charAt(driveEnd)) ? driveEnd + 1 : driveEnd;
    }

    private static int rootEnd(String p) {
        return rootEnd(p, driveEnd(p));
    }

    // ---- pure string functions ----

    @Override
    public SplitDrive splitdrive(String p) {
        int d = driveEnd(p);
        return new SplitDrive(p.substring(0, d), p.substring(d));
    }

    @Override
    public SplitRoot splitroot(String p) {
        int d = driveEnd(p);
        int r = rootEnd(p, d);
        return new SplitRoot(p.substring(0, d), p.substring(d, r), p.substring(r));
    }

    /** {@code ntpath.isabs}: a drive with a root, or a UNC or device path; since 3.13 not {@code \x} alone. */
    @Override
    public boolean isabs(String s) {
        int n = s.length();
        if (n >= 2 && isSep(s.charAt(0)) && isSep(s.charAt(1))) {
            return true;
        }
        if (n == 0) {
            return false;
        }
        int colon = Character.charCount(s.codePointAt(0));
        return colon + 1 < n && s.charAt(colon) == ':' && isSep(s.charAt(colon + 1));
    }

    @Override
    public String join(String path, String... paths) {
        if (paths.length == 0) {
            return path;
        }
        if (paths.length == 1 && isPlainName(paths[0])) {
            return appendName(path, paths[0]);
        }
        int d = driveEnd(path);
        int r = rootEnd(path, d);
        String drive = path.substring(0, d);
        String root = path.substring(d, r);
        StringBuilder tail = new StringBuilder(path.length() + 16).append(path, r, path.length());
        for (String p : paths) {
            int pd = driveEnd(p);
            int pr = rootEnd(p, pd);
            if (pr > pd) {
                // p has a root: it replaces everything, keeping the drive if it has none.
                if (pd > 0 || drive.isEmpty()) {
                    drive = p.substring(0, pd);
                }
                root = p.substring(pd, pr);
                tail.setLength(0);
            } else if (pd > 0 && !(pd == drive.length() && p.startsWith(drive))) {
                String pDrive = p.substring(0, pd);
                if (!PyStr.lower(pDrive).equals(PyStr.lower(drive))) {
                    // On another drive p is on its own.
                    root = "";
                    tail.setLength(0);
                }
                drive = pDrive;
            }
            int tl = tail.length();
            if (tl > 0 && !isSep(tail.charAt(tl - 1))) {
                tail.append('\\');
            }
            tail.append(p, pr, p.length());
        }
        // A UNC drive needs a separator before a relative tail.
        if (tail.length() > 0 && root.isEmpty() && !drive.isEmpty()
                && ":\\/".indexOf(drive.charAt(drive.length() - 1)) < 0) {
            return drive + '\\' + tail;
        }
        return drive + root + tail;
    }

    /** Whether {@code p} is non-empty and has neither drive nor root: joining it only appends. */
    private static boolean isPlainName(String p) {
        return !p.isEmpty() && !isSep(p.charAt(0)) && driveEnd(p) == 0;
    }

    /** {@code join(path, name)} for a plain name, as the general case would build it. */
    private static String appendName(String path, String name) {
        int n = path.length();
        if (n == 0) {
            return name;
        }
        char last = path.charAt(n - 1);
        // No separator after one, nor after a bare drive letter ("C:" + "x" is relative to C:'s directory).
        if (isSep(last) || last == ':' && rootEnd(path) == n) {
            return path.concat(name);
        }
        return path + '\\' + name;
    }

    @Override
    public Split split(String p) {
        int r = rootEnd(p);
        int i = lastNameStart(p, r);
        int j = i;
        while (j > r && isSep(p.charAt(j - 1))) {
            j--;
        }
        return new Split(p.substring(0, j), p.substring(i));
    }

    @Override
    public String basename(String p) {
        return p.substring(lastNameStart(p, rootEnd(p)));
    }

    @Override
    public String dirname(String p) {
        return split(p).head();
    }

    /** Where the last name starts: after the last separator, which is no earlier than {@code rootEnd}. */
    private static int lastNameStart(String p, int rootEnd) {
        int i = p.length();
        while (i > rootEnd && !isSep(p.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    @Override
    public SplitExt splitext(String p) {
        return splitext(p, '\\', '/');
    }

    /** {@code ntpath.normcase}: {@code '/'} to {@code '\'}, and Python's lowercase. */
    @Override
    public String normcase(String s) {
        return PyStr.lower(s.replace('/', '\\'));
    }

    @Override
    public String normpath(String path) {
        int n = path.length();
        int d = driveEnd(path);
        int rootLen = rootEnd(path, d);
        char[] out = new char[n];
        for (int i = 0; i < rootLen; i++) {
            char c = path.charAt(i);
            out[i] = c == '/' ? '\\' : c;
        }
        boolean hasRoot = rootLen > d;
        int len = collapseNames(path, rootLen, '\\', hasRoot, out, rootLen);
        if (len == 0) {
            return ".";
        }
        // What normpath keeps is path with names and separators left out, and '/' turned into '\'.
        return len == n && path.indexOf('/') < 0 ? path : new String(out, 0, len);
    }

    /** {@code ntpath.commonpath}: compared without case; the result has the first path's case. */
    @Override
    public String commonpath(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("commonpath() arg is an empty iterable");
        }
        String drive = null;
        String root = null;
        boolean sameRoot = true;
        List<String> firstNames = null;
        int n = 0;
        for (String p : paths) {
            String lower = PyStr.lower(p.replace('/', '\\'));
            int d = driveEnd(lower);
            int r = rootEnd(lower, d);
            List<String> names = names(lower.substring(r));
            if (drive == null) {
                drive = lower.substring(0, d);
                root = lower.substring(d, r);
                firstNames = names;
                n = names.size();
            } else if (!drive.equals(lower.substring(0, d))) {
                throw new IllegalArgumentException("Paths don't have the same drive");
            } else {
                sameRoot &= root.equals(lower.substring(d, r));
                n = commonLength(firstNames, names, n);
            }
        }
        String first = paths.get(0).replace('/', '\\');
        int d = driveEnd(first);
        int r = rootEnd(first, d);
        if (!sameRoot) {
            throw new IllegalArgumentException(d > 0 ? "Can't mix absolute and relative paths"
                    : "Can't mix rooted and not-rooted paths");
        }
        // CPython compares only the smallest and largest lists; their common part is everyone's.
        List<String> common = names(first.substring(r));
        return first.substring(0, r) + String.join("\\", common.subList(0, Math.min(n, common.size())));
    }

    /** The names of a path's tail, without the empty ones and {@code "."}. */
    private static List<String> names(String tail) {
        List<String> names = parts(tail, '\\');
        names.removeIf(c -> c.isEmpty() || c.equals("."));
        return names;
    }

    /**
     * {@code ntpath.isreserved} (Python 3.13): whether Windows reserves a name in the path: a trailing dot or
     * space, a wildcard, separator, colon, pipe or control character, or a DOS device name such as
     * {@code nul.txt} or {@code COM1}.
     *
     * @param path a path
     * @return whether the path is reserved
     */
    public boolean isreserved(String path) {
        return hasReservedName(path.substring(rootEnd(path)));
    }

    /**
     * {@code ntpath.isreserved(bytes)}: the part after the drive and root is found in bytes, then decoded.
     *
     * @param path a path
     * @return whether the path is reserved
     */
    public boolean isreserved(byte[] path) {
        int rootEnd = rootEnd(ByteText.text(path, "path"));
        return hasReservedName(FsCodec.decode(Arrays.copyOfRange(path, rootEnd, path.length)));
    }

    private static boolean hasReservedName(String tail) {
        for (String name : parts(tail.replace('/', '\\'), '\\')) {
            if (isReservedName(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReservedName(String name) {
        if (name.endsWith(".") || name.endsWith(" ")) {
            return !name.equals(".") && !name.equals("..");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 32 || "\"*:<>?|/\\".indexOf(c) >= 0) {
                return true;
            }
        }
        int end = name.indexOf('.');
        if (end < 0) {
            end = name.length();
        }
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        return RESERVED_NAMES.contains(name.substring(0, end).toUpperCase(Locale.ROOT));
    }

    // ---- functions that consult the working directory, the environment or the file system ----

    /**
     * {@code ntpath.expandvars}: {@code $name}, {@code ${name}} and {@code %name%}; {@code $$} and {@code %%}
     * stand for themselves, nothing inside single quotes is expanded, and an unknown variable stays as written,
     * as does the rest of the path after an unclosed quote, {@code %} or <code>${</code>. As CPython since
     * gh-136065 (3.13.x, 3.14): one pass over the path.
     */
    @Override
    public String expandvars(String path) {
        if (path.indexOf('$') < 0 && path.indexOf('%') < 0) {
            return path;
        }
        ProcessEnv env = env();
        return REFERENCE.matcher(path).replaceAll(m -> Matcher.quoteReplacement(expansion(env, m)));
    }

    /** What one match of {@link #REFERENCE} stands for. */
    private static String expansion(ProcessEnv env, MatchResult m) {
        String percent = m.group(1);
        if (percent != null) {
            if (percent.equals("%")) {
                return "%";
            }
            return percent.endsWith("%") ? env.getenv(percent.substring(0, percent.length() - 1), m.group())
                    : m.group();
        }
        String dollar = m.group(2);
        if (dollar != null) {
            return dollar.equals("$") ? "$" : dollarReference(env, m.group(), dollar);
        }
        return m.group(); // quoted
    }

    /**
     * {@code ntpath.expanduser}: {@code ~} is {@code %USERPROFILE%}, else {@code %HOMEDRIVE%%HOMEPATH%};
     * {@code ~name} is guessed as a sibling of the current user's profile directory. {@code HOME} is not
     * consulted (since Python 3.8).
     */
    @Override
    public String expanduser(String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int n = path.length();
        int i = 1;
        while (i < n && !isSep(path.charAt(i))) {
            i++;
        }
        ProcessEnv env = env();
        String userhome = env.getenv("USERPROFILE");
        if (userhome == null) {
            String homepath = env.getenv("HOMEPATH");
            if (homepath == null) {
                return path;
            }
            String drive = env.getenv("HOMEDRIVE");
            userhome = join(drive == null ? "" : drive, homepath);
        }
        if (i != 1) {
            String targetUser = path.substring(1, i);
            String currentUser = env.getenv("USERNAME");
            if (!targetUser.equals(currentUser)) {
                // Only a profile directory named after its user says where the others' are.
                if (currentUser == null || !currentUser.equals(basename(userhome))) {
                    return path;
                }
                userhome = join(dirname(userhome), targetUser);
            }
        }
        return userhome + path.substring(i);
    }

    /** {@code ntpath.relpath}: fails with {@link IllegalArgumentException} across drives. */
    @Override
    String relative(String pathAbs, String startAbs, UnaryOperator<String> normcase) {
        int sd = driveEnd(startAbs);
        int pd = driveEnd(pathAbs);
        String startDrive = startAbs.substring(0, sd);
        String pathDrive = pathAbs.substring(0, pd);
        if (!normcase.apply(startDrive).equals(normcase.apply(pathDrive))) {
            throw new IllegalArgumentException("path is on mount '" + pathDrive + "', start on mount '"
                    + startDrive + "'");
        }
        List<String> startList = tailNames(startAbs, sd);
        List<String> pathList = tailNames(pathAbs, pd);
        int n = Math.min(startList.size(), pathList.size());
        int i = 0;
        while (i < n && normcase.apply(startList.get(i)).equals(normcase.apply(pathList.get(i)))) {
            i++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        return rel.isEmpty() ? "." : String.join("\\", rel);
    }

    private static List<String> tailNames(String abs, int driveEnd) {
        int r = rootEnd(abs, driveEnd);
        return r == abs.length() ? new ArrayList<>() : parts(abs.substring(r), '\\');
    }

    /**
     * CPython 3.13's {@code ntpath.abspath}: on Windows {@code GetFullPathNameW} of the normalized path, or the
     * lexical fallback where that fails; elsewhere the fallback alone.
     */
    @Override
    public String abspath(String path) throws OsException {
        if (nt != null) {
            try {
                return nt.getfullpathname(normpath(path));
            } catch (OsException | IllegalArgumentException e) {
                // CPython's (OSError, ValueError): the portable answer
            }
        }
        return super.abspath(path);
    }

    /** {@code ntpath.abspath(bytes)}: as {@link #abspath(String)}, the name decoded as {@code nt} does. */
    @Override
    public byte[] abspath(byte[] path) throws OsException {
        if (nt != null) {
            return FsCodec.encode(abspath(ByteText.fsdecode(path, "path")));
        }
        return super.abspath(path);
    }

    @Override
    public String realpath(String path) throws OsException {
        return realpath(path, false);
    }

    /**
     * CPython 3.13's {@code ntpath.realpath}: on Windows the final path of the file, or as much of it as exists
     * with the rest joined on, without {@code \\?\} unless the path had it; elsewhere {@link #abspath}, links
     * unresolved.
     */
    @Override
    public String realpath(String path, boolean strict) throws OsException {
        return nt == null ? abspath(path) : finalPath(path, strict);
    }

    /** {@code ntpath.realpath(bytes)}: as {@link #realpath(String, boolean)}, the name decoded as {@code nt} does. */
    @Override
    public byte[] realpath(byte[] path, boolean strict) throws OsException {
        if (nt == null) {
            return abspath(path);
        }
        return FsCodec.encode(finalPath(ByteText.fsdecode(path, "path"), strict));
    }

    private String finalPath(String given, boolean strict) throws OsException {
        String path = normpath(given);
        if (normcase(path).equals("nul")) {
            return "\\\\.\\NUL"; // bpo-38081
        }
        boolean hadPrefix = path.startsWith(PREFIX);
        if (!hadPrefix && !isabs(path)) {
            path = join(env().getcwd(), path);
        }
        OptionalInt initialWinerror = OptionalInt.of(0);
        try {
            path = nt.getfinalpathname(path);
        } catch (IllegalArgumentException e) {
            if (strict) {
                throw new OsException(e.getMessage()); // gh-106242
            }
            path = normpath(path);
        } catch (OsException e) {
            if (strict) {
                throw e;
            }
            initialWinerror = e.winerror();
            path = finalPathNonStrict(path);
        }
        if (hadPrefix || !path.startsWith(PREFIX)) {
            return path;
        }
        String stripped = path.startsWith(UNC_PREFIX) ? "\\\\" + path.substring(UNC_PREFIX.length())
                : path.substring(PREFIX.length());
        try {
            return nt.getfinalpathname(stripped).equals(path) ? stripped : path;
        } catch (IllegalArgumentException e) {
            return path;
        } catch (OsException e) {
            // a path missing now as at first loses its prefix anyway
            return e.winerror().equals(initialWinerror) ? stripped : path;
        }
    }

    /** CPython's {@code _getfinalpathname_nonstrict}: the longest part that resolves, the rest joined on. */
    private String finalPathNonStrict(String start) throws OsException {
        String path = start;
        String tail = "";
        while (!path.isEmpty()) {
            try {
                path = nt.getfinalpathname(path);
                return tail.isEmpty() ? path : join(path, tail);
            } catch (OsException ex) {
                if (!UNRESOLVABLE.contains(ex.winerror().orElse(-1))) {
                    throw ex;
                }
                try {
                    String linked = readlinkDeep(path);
                    if (!linked.equals(path)) {
                        return tail.isEmpty() ? linked : join(linked, tail);
                    }
                } catch (OsException unreadable) {
                    // keep walking up, as CPython
                }
                // CPython asks _findfirstfile for the name's true case here; the name is kept as given
                Split parts = split(path);
                path = parts.head();
                if (!path.isEmpty() && parts.tail().isEmpty()) {
                    return path + tail;
                }
                tail = tail.isEmpty() ? parts.tail() : join(parts.tail(), tail);
            }
        }
        return tail;
    }

    /** CPython's {@code _readlink_deep}: links followed by hand until a loop or a name that is no link. */
    private String readlinkDeep(String start) throws OsException {
        String path = start;
        Set<String> seen = new HashSet<>();
        while (seen.add(normcase(path))) {
            String old = path;
            try {
                path = nt.readlink(path);
            } catch (OsException ex) {
                if (NOT_A_LINK.contains(ex.winerror().orElse(-1))) {
                    break;
                }
                throw ex;
            } catch (IllegalArgumentException notASymlink) {
                break;
            }
            if (!isabs(path)) {
                // what a reparse point other than a symlink is relative to is unknown
                if (!islink(old)) {
                    path = old;
                    break;
                }
                path = normpath(join(dirname(old), path));
            }
        }
        return path;
    }

    /**
     * CPython 3.13's {@code ntpath.ismount}: a drive's root or a share, found lexically, or, bound to a Windows
     * {@link Os}, a folder whose volume path ({@link Os#getvolumepathname}) is itself, compared case-folded. Where
     * CPython would raise (the working directory or the volume path cannot be read) this answers {@code false}.
     */
    @Override
    public boolean ismount(String path) {
        try {
            return mounted(abspath(path));
        } catch (OsException e) {
            return false;
        }
    }

    /**
     * {@code ntpath.ismount(bytes)}: as {@link #ismount(String)}, the name decoded as {@code nt} does (CPython's
     * own raises AttributeError there, comparing the {@code bytes.casefold} that does not exist).
     */
    @Override
    public boolean ismount(byte[] path) {
        try {
            return nt != null ? ismount(ByteText.fsdecode(path, "path")) : mounted(ByteText.text(abspath(path)));
        } catch (OsException e) {
            return false;
        }
    }

    /** {@code ntpath.ismount} after {@code abspath}: a UNC or device path, or a root, is answered lexically. */
    private boolean mounted(String abs) throws OsException {
        int d = driveEnd(abs);
        if (nt == null || isRoot(abs) || d > 0 && isSep(abs.charAt(0))) {
            return isRoot(abs);
        }
        return PyStr.casefold(stripSeps(abs)).equals(PyStr.casefold(stripSeps(nt.getvolumepathname(abs))));
    }

    /** Python's {@code rstrip('\\/')}. */
    private static String stripSeps(String p) {
        int end = p.length();
        while (end > 0 && isSep(p.charAt(end - 1))) {
            end--;
        }
        return p.substring(0, end);
    }

    /** Whether an absolute path is a drive's root or a share, with nothing after it. */
    private static boolean isRoot(String abs) {
        int d = driveEnd(abs);
        int r = rootEnd(abs, d);
        if (d > 0 && isSep(abs.charAt(0))) {
            return r == abs.length();
        }
        return r > d && r == abs.length();
    }
}
