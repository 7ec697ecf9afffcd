package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osprey.filecmp.CmpfilesResult;
import org.osprey.filecmp.Dircmp;
import org.osprey.filecmp.DircmpOptions;
import org.osprey.filecmp.Filecmp;
import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;

/** Checks of {@code filecmp} through its API only (see {@link Checks}). */
final class FilecmpChecks {
    private FilecmpChecks() {
    }

    private static final long T0 = 1_600_000_000_000_000_000L;

    static final List<Check> ALL = List.of(
            new Check("filecmp", "cmp shallow and deep", FilecmpChecks::cmp),
            new Check("filecmp", "cmpfiles sorts names into match, mismatch and errors", FilecmpChecks::cmpfiles),
            new Check("filecmp", "dircmp attributes", FilecmpChecks::dircmpAttributes),
            new Check("filecmp", "dircmp reports as CPython prints them", FilecmpChecks::dircmpReport));

    private static void write(Os os, String path, String content, long mtimeNs) throws IOException {
        int fd = os.open(path, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0644);
        try {
            os.write(fd, content.getBytes(StandardCharsets.UTF_8));
        } finally {
            os.close(fd);
        }
        os.utimeNs(path, mtimeNs, mtimeNs, At.DEFAULT);
    }

    private static void cmp(Os os, String dir) throws Exception {
        Filecmp filecmp = Filecmp.of(os);
        String a = dir + "/a";
        String b = dir + "/b";
        String c = dir + "/c";
        write(os, a, "aaaa", T0);
        write(os, b, "bbbb", T0);
        write(os, c, "aaaa", T0 + 7);
        check(filecmp.cmp(a, b), "equal signatures are enough for a shallow cmp");
        check(!filecmp.cmp(a, b, false), "a deep cmp reads the bytes");
        check(filecmp.cmp(a, c), "different mtimes: the bytes decide");
        write(os, c, "aaaaa", T0 + 7);
        check(!filecmp.cmp(a, c), "a changed size is a changed signature, whatever the cache holds");
        check(!filecmp.cmp(a, dir), "a directory is never the same as a file");
        FileNotFoundOsException e = raises(FileNotFoundOsException.class, () -> filecmp.cmp(dir + "/none", a));
        equal(dir + "/none", e.filename(), "filename");
        raises(IllegalArgumentException.class, () -> filecmp.cmp(a + "\0", b));
        filecmp.clearCache();
    }

    private static void cmpfiles(Os os, String dir) throws Exception {
        Filecmp filecmp = Filecmp.of(os);
        os.mkdir(dir + "/l");
        os.mkdir(dir + "/r");
        for (String side : List.of("/l/", "/r/")) {
            write(os, dir + side + "same", "same", T0);
            write(os, dir + side + "sneaky", side.equals("/l/") ? "1" : "2", T0);
        }
        List<String> names = List.of("same", "sneaky", "missing");
        CmpfilesResult shallow = filecmp.cmpfiles(dir + "/l", dir + "/r", names);
        equal(new CmpfilesResult(List.of("same", "sneaky"), List.of(), List.of("missing")), shallow, "shallow");
        CmpfilesResult deep = filecmp.cmpfiles(dir + "/l", dir + "/r", names, false);
        equal(new CmpfilesResult(List.of("same"), List.of("sneaky"), List.of("missing")), deep, "deep");
    }

    /** Twin trees l and r: a same file, a differing one, one on each side only, a type clash and a subtree. */
    private static Dircmp twins(Os os, String dir, DircmpOptions options) throws IOException {
        for (String side : List.of("l", "r")) {
            boolean l = side.equals("l");
            String root = dir + "/" + side;
            os.makedirs(root + "/sub/.git");
            write(os, root + "/same", "same", T0);
            write(os, root + "/it's", l ? "left" : "right!", T0);
            write(os, root + (l ? "/only-l" : "/only-r"), "", T0);
            write(os, root + "/sub/deep", l ? "1" : "2", T0);
            write(os, root + "/CVS", "ignored", T0);
            if (l) {
                write(os, root + "/clash", "a file", T0);
            } else {
                os.mkdir(root + "/clash");
            }
        }
        return Filecmp.of(os).dircmp(dir + "/l", dir + "/r", options);
    }

    private static void dircmpAttributes(Os os, String dir) throws Exception {
        Dircmp d = twins(os, dir, DircmpOptions.DEFAULT);
        equal(List.of("clash", "it's", "only-l", "same", "sub"), d.leftList(), "left_list");
        equal(List.of("clash", "it's", "same", "sub"), d.common(), "common");
        equal(List.of("only-l"), d.leftOnly(), "left_only");
        equal(List.of("only-r"), d.rightOnly(), "right_only");
        equal(List.of("sub"), d.commonDirs(), "common_dirs");
        equal(List.of("it's", "same"), d.commonFiles(), "common_files");
        equal(List.of("clash"), d.commonFunny(), "common_funny");
        equal(List.of("same"), d.sameFiles(), "same_files");
        equal(List.of("it's"), d.diffFiles(), "diff_files");
        equal(List.of(), d.funnyFiles(), "funny_files");
        equal(List.of("sub"), List.copyOf(d.subdirs().keySet()), "subdirs");
        equal(List.of("deep"), d.subdirs().get("sub").sameFiles(), "shallow in the subdirectory too");
        Dircmp deep = Filecmp.of(os).dircmp(dir + "/l", dir + "/r", DircmpOptions.DEFAULT.withShallow(false)
                .withIgnore(List.of()).withHide(List.of("same")));
        equal(List.of("CVS", "clash", "it's", "only-l", "sub"), deep.leftList(), "other ignore and hide");
        equal(List.of("deep"), deep.subdirs().get("sub").diffFiles(), "options go down to the subdirectories");
        equal(List.of(".git"), deep.subdirs().get("sub").commonDirs(), "nothing ignored");
        raises(FileNotFoundOsException.class, () -> Filecmp.of(os).dircmp(dir + "/none", dir).leftList());
    }

    private static void dircmpReport(Os os, String dir) throws Exception {
        Dircmp d = twins(os, dir, DircmpOptions.DEFAULT);
        String l = dir + "/l";
        String r = dir + "/r";
        String top = "diff " + l + " " + r + "\n"
                + "Only in " + l + " : ['only-l']\n"
                + "Only in " + r + " : ['only-r']\n"
                + "Identical files : ['same']\n"
                + "Differing files : [\"it's\"]\n"
                + "Common subdirectories : ['sub']\n"
                + "Common funny cases : ['clash']\n";
        String sub = "diff " + l + "/sub " + r + "/sub\n"
                + "Identical files : ['deep']\n";
        StringBuilder out = new StringBuilder();
        d.report(out);
        equal(top, out.toString(), "report()");
        out.setLength(0);
        d.reportFullClosure(out);
        equal(top + "\n" + sub, out.toString(), "report_full_closure()");
    }
}
