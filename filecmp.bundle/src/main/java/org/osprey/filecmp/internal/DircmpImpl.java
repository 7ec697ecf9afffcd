package org.osprey.filecmp.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osprey.filecmp.CmpfilesResult;
import org.osprey.filecmp.Dircmp;
import org.osprey.filecmp.DircmpOptions;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.os.path.OsPath;

/**
 * {@link Dircmp} computed in CPython's phases, each on first need: the listings, the common names, their
 * kinds, the file comparisons, the subdirectories. A phase that fails leaves its attributes unset, so the next
 * question tries again, as in Python.
 */
final class DircmpImpl implements Dircmp {
    private final Os os;
    private final FilecmpImpl filecmp;
    private final String left;
    private final String right;
    private final DircmpOptions options;

    private Listings listings;
    private Names names;
    private Kinds kinds;
    private CmpfilesResult files;
    private Map<String, Dircmp> subdirs;

    private record Listings(List<String> left, List<String> right) {
    }

    private record Names(List<String> common, List<String> leftOnly, List<String> rightOnly) {
    }

    private record Kinds(List<String> dirs, List<String> files, List<String> funny) {
    }

    DircmpImpl(Os os, FilecmpImpl filecmp, String left, String right, DircmpOptions options) {
        this.os = os;
        this.filecmp = filecmp;
        this.left = left;
        this.right = right;
        this.options = options;
    }

    @Override
    public String left() {
        return left;
    }

    @Override
    public String right() {
        return right;
    }

    @Override
    public DircmpOptions options() {
        return options;
    }

    private synchronized Listings listings() throws IOException {
        if (listings == null) {
            listings = new Listings(visibleNames(left), visibleNames(right));
        }
        return listings;
    }

    private List<String> visibleNames(String dir) throws IOException {
        List<String> visible = new ArrayList<>();
        for (String name : os.listdir(dir)) {
            if (!options.hide().contains(name) && !options.ignore().contains(name)) {
                visible.add(name);
            }
        }
        visible.sort(PyStrings.ORDER);
        return Collections.unmodifiableList(visible);
    }

    private synchronized Names names() throws IOException {
        if (names == null) {
            OsPath path = os.path();
            Map<String, String> a = byNormcase(path, listings().left());
            Map<String, String> b = byNormcase(path, listings().right());
            List<String> common = new ArrayList<>();
            List<String> leftOnly = new ArrayList<>();
            a.forEach((key, name) -> (b.containsKey(key) ? common : leftOnly).add(name));
            List<String> rightOnly = new ArrayList<>();
            b.forEach((key, name) -> {
                if (!a.containsKey(key)) {
                    rightOnly.add(name);
                }
            });
            names = new Names(sorted(common), sorted(leftOnly), sorted(rightOnly));
        }
        return names;
    }

    /** Python's {@code dict(zip(map(normcase, names), names))}: a later name of the same key wins. */
    private static Map<String, String> byNormcase(OsPath path, List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.put(path.normcase(name), name);
        }
        return byKey;
    }

    private synchronized Kinds kinds() throws IOException {
        if (kinds == null) {
            List<String> dirs = new ArrayList<>();
            List<String> regular = new ArrayList<>();
            List<String> funny = new ArrayList<>();
            for (String name : names().common()) {
                StatResult a = statOrNull(os.path().join(left, name));
                StatResult b = statOrNull(os.path().join(right, name));
                if (a == null || b == null || Stat.S_IFMT(a.mode()) != Stat.S_IFMT(b.mode())) {
                    funny.add(name);
                } else if (a.isDir()) {
                    dirs.add(name);
                } else if (a.isRegularFile()) {
                    regular.add(name);
                } else {
                    funny.add(name);
                }
            }
            kinds = new Kinds(sorted(dirs), sorted(regular), sorted(funny));
        }
        return kinds;
    }

    /** Python's {@code os.stat} in {@code phase2}, where an OSError or ValueError makes the name "funny". */
    private StatResult statOrNull(String path) {
        try {
            return os.stat(path);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code phase3}: the lists keep the sorted order of {@link #commonFiles()}. */
    private synchronized CmpfilesResult files() throws IOException {
        if (files == null) {
            files = filecmp.cmpfiles(left, right, kinds().files(), options.shallow());
        }
        return files;
    }

    @Override
    public synchronized Map<String, Dircmp> subdirs() throws IOException {
        if (subdirs == null) {
            Map<String, Dircmp> map = new LinkedHashMap<>();
            for (String name : kinds().dirs()) {
                map.put(name, new DircmpImpl(os, filecmp, os.path().join(left, name), os.path().join(right, name),
                        options));
            }
            subdirs = Collections.unmodifiableMap(map);
        }
        return subdirs;
    }

    private static List<String> sorted(List<String> names) {
        names.sort(PyStrings.ORDER);
        return Collections.unmodifiableList(names);
    }

    @Override
    public List<String> leftList() throws IOException {
        return listings().left();
    }

    @Override
    public List<String> rightList() throws IOException {
        return listings().right();
    }

    @Override
    public List<String> common() throws IOException {
        return names().common();
    }

    @Override
    public List<String> leftOnly() throws IOException {
        return names().leftOnly();
    }

    @Override
    public List<String> rightOnly() throws IOException {
        return names().rightOnly();
    }

    @Override
    public List<String> commonDirs() throws IOException {
        return kinds().dirs();
    }

    @Override
    public List<String> commonFiles() throws IOException {
        return kinds().files();
    }

    @Override
    public List<String> commonFunny() throws IOException {
        return kinds().funny();
    }

    @Override
    public List<String> sameFiles() throws IOException {
        return files().match();
    }

    @Override
    public List<String> diffFiles() throws IOException {
        return files().mismatch();
    }

    @Override
    public List<String> funnyFiles() throws IOException {
        return files().errors();
    }

    @Override
    public void report() throws IOException {
        report(System.out);
    }

    @Override
    public void report(Appendable out) throws IOException {
        out.append("diff ").append(left).append(' ').append(right).append('\n');
        line(out, "Only in " + left + " :", leftOnly());
        line(out, "Only in " + right + " :", rightOnly());
        line(out, "Identical files :", sameFiles());
        line(out, "Differing files :", diffFiles());
        line(out, "Trouble with common files :", funnyFiles());
        line(out, "Common subdirectories :", commonDirs());
        line(out, "Common funny cases :", commonFunny());
        flushIfPrintStream(out);
    }

    private static void line(Appendable out, String label, List<String> names) throws IOException {
        if (!names.isEmpty()) {
            out.append(label).append(' ').append(PyRepr.repr(names)).append('\n');
        }
    }

    @Override
    public void reportPartialClosure() throws IOException {
        reportPartialClosure(System.out);
    }

    @Override
    public void reportPartialClosure(Appendable out) throws IOException {
        report(out);
        for (Dircmp sub : subdirs().values()) {
            out.append('\n');
            sub.report(out);
        }
    }

    @Override
    public void reportFullClosure() throws IOException {
        reportFullClosure(System.out);
    }

    @Override
    public void reportFullClosure(Appendable out) throws IOException {
        report(out);
        for (Dircmp sub : subdirs().values()) {
            out.append('\n');
            sub.reportFullClosure(out);
        }
    }

    private static void flushIfPrintStream(Appendable out) {
        if (out instanceof PrintStream ps) {
            ps.flush();
        }
    }
}
