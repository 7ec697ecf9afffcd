package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.util.ArrayList;
import java.util.List;

import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobIterator;
import org.osprey.glob.GlobOptions;
import org.osprey.glob.TranslateOptions;
import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.Os;

/** Checks of {@code glob} and {@code fnmatch} through their API only (see {@link Checks}). */
final class GlobChecks {
    private GlobChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("fnmatch", "fnmatch, fnmatchcase, filter and translate", GlobChecks::fnmatch),
            new Check("fnmatch", "star runs never backtrack", GlobChecks::noBacktracking),
            new Check("glob", "glob with hidden names, symlinks and recursion", GlobChecks::glob),
            new Check("glob", "root_dir and dir_fd give relative results", GlobChecks::relative),
            new Check("glob", "iglob is lazy and closes", GlobChecks::iglob),
            new Check("glob", "undecodable names round-trip", GlobChecks::undecodable),
            new Check("glob", "escape, has_magic, translate and NUL", GlobChecks::escapeAndTranslate));

    private static void touch(Os os, String path) throws Exception {
        os.close(os.open(path, os.O_CREAT() | os.O_WRONLY(), 0644));
    }

    /** dir/{a.txt, b.py, .hidden, sub/{c.txt, .h/d.txt}, link -> sub, broken -> nowhere}. */
    private static void tree(Os os, String dir) throws Exception {
        os.mkdir(dir + "/sub");
        os.mkdir(dir + "/sub/.h");
        for (String f : new String[] {"a.txt", "b.py", ".hidden", "sub/c.txt", "sub/.h/d.txt"}) {
            touch(os, dir + "/" + f);
        }
        os.symlink("sub", dir + "/link");
        os.symlink("nowhere", dir + "/broken");
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }

    private static void fnmatch(Os os, String dir) {
        Fnmatch f = Fnmatch.of(os);
        check(f.fnmatch("x/y.txt", "*.txt"), "* crosses /");
        check(f.fnmatchcase("]", "[]]") && f.fnmatchcase("b", "[!]]") && !f.fnmatchcase("]", "[!]]"), "[]] and [!]]");
        check(!f.fnmatchcase("m", "[z-a]") && f.fnmatchcase("-", "[a-]"), "reversed and open ranges");
        check(f.fnmatchcase("a\\b", "a\\b") && f.fnmatchcase("[x", "[x"), "\\ and an unterminated [ are literal");
        check(!f.fnmatch("A.TXT", "*.txt"), "normcase is the identity on POSIX");
        equal(List.of("a.c", "b.c"), f.filter(List.of("a.c", "a.h", "b.c"), "*.c"), "filter");
        equal("(?s:(?>.*?a).*b)\\Z", f.translate("*a*b"), "translate");
        check(f.compile("[!a-c]?").matcher("dz").matches() && !f.compile("[!a-c]?").matcher("bz").matches(),
                "compile gives a Java Pattern");
    }

    private static void noBacktracking(Os os, String dir) {
        String name = "a".repeat(100_000);
        check(!Fnmatch.of(os).fnmatchcase(name, "*a*a*a*a*a*a*a*a*a*a*b"), "no match, promptly");
        check(!Fnmatch.of(os).compile("*a*a*a*a*a*a*a*a*a*a*b").matcher(name).matches(), "nor in the Pattern");
    }

    private static void glob(Os os, String dir) throws Exception {
        tree(os, dir);
        Glob g = Glob.of(os);
        String d = dir + "/";
        equal(List.of(d + "a.txt", d + "b.py", d + "broken", d + "link", d + "sub"), sorted(g.glob(d + "*")),
                "* skips hidden names, keeps broken symlinks");
        equal(List.of(d + ".hidden"), g.glob(d + ".h*"), "a pattern starting with . finds hidden names");
        equal(List.of(d + "link/", d + "sub/"), sorted(g.glob(d + "*/")), "a trailing / selects directories");
        equal(List.of(d + "a.txt", d + "link/c.txt", d + "sub/c.txt"),
                sorted(g.glob(d + "**/*.txt", GlobOptions.DEFAULT.withRecursive(true))), "** recurses, via links");
        equal(List.of(d + "link/c.txt", d + "sub/c.txt"), sorted(g.glob(d + "**/*.txt")), "** without recursive is *");
        equal(List.of(d + "a.txt", d + "link/.h/d.txt", d + "link/c.txt", d + "sub/.h/d.txt", d + "sub/c.txt"),
                sorted(g.glob(d + "**/*.txt", GlobOptions.DEFAULT.withRecursive(true).withIncludeHidden(true))),
                "include_hidden");
        equal(List.of(), g.glob(d + "nowhere/*"), "a missing directory has no matches");
    }

    private static void relative(Os os, String dir) throws Exception {
        tree(os, dir);
        Glob g = Glob.of(os);
        GlobOptions recursive = GlobOptions.DEFAULT.withRecursive(true);
        equal(List.of("link/", "sub/"), sorted(g.glob("**/", recursive.withRootDir(dir))), "root_dir");
        equal(List.of("link/", "link/.h/", "sub/", "sub/.h/"),
                sorted(g.glob("**/", recursive.withRootDir(dir).withIncludeHidden(true))), "root_dir, include_hidden");
        int fd = os.open(dir, os.O_RDONLY() | os.O_DIRECTORY());
        try {
            equal(sorted(g.glob("*/*.txt", GlobOptions.DEFAULT.withRootDir(dir))),
                    sorted(g.glob("*/*.txt", GlobOptions.DEFAULT.withDirFd(fd))), "dir_fd as root_dir");
            equal(List.of("link/c.txt", "sub/c.txt"), sorted(g.glob("*/*.txt", GlobOptions.DEFAULT.withDirFd(fd))),
                    "dir_fd");
        } finally {
            os.close(fd);
        }
    }

    private static void iglob(Os os, String dir) throws Exception {
        tree(os, dir);
        Glob g = Glob.of(os);
        List<String> seen = new ArrayList<>();
        try (GlobIterator it = g.iglob(dir + "/**", GlobOptions.DEFAULT.withRecursive(true))) {
            it.forEachRemaining(seen::add);
        }
        equal(g.glob(dir + "/**", GlobOptions.DEFAULT.withRecursive(true)), seen, "iglob yields what glob lists");
        GlobIterator it = g.iglob(dir + "/*", GlobOptions.DEFAULT);
        check(it.hasNext(), "a first match");
        it.next();
        it.close();
        check(!it.hasNext(), "nothing after close");
    }

    private static void undecodable(Os os, String dir) throws Exception {
        String name = dir + "/caf\udce9.txt";
        touch(os, name);
        equal(List.of(name), Glob.of(os).glob(dir + "/caf?.txt"), "a lone surrogate is one character");
        equal(List.of(name), Glob.of(os).glob(dir + "/*\udce9*"), "and matches itself");
    }

    private static void escapeAndTranslate(Os os, String dir) throws Exception {
        Glob g = Glob.of(os);
        touch(os, dir + "/a[b]*");
        equal("a[[]b][*]", g.escape("a[b]*"), "escape");
        equal(List.of(dir + "/a[b]*"), g.glob(g.escape(dir + "/a[b]*")), "an escaped name finds itself");
        check(g.hasMagic("x?") && !g.hasMagic("x]"), "has_magic");
        equal("(?s:(?!\\.)[^/]*\\.txt)\\Z", g.translate("*.txt", TranslateOptions.DEFAULT), "glob.translate");
        raises(IllegalArgumentException.class, () -> g.glob("a\0*"));
    }
}
