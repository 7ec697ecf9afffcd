package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.equal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.linecache.Linecache;
import org.osprey.linecache.LinecacheOptions;
import org.osprey.os.At;
import org.osprey.os.Os;

/** Checks of {@code linecache} through its API only (see {@link Checks}). */
final class LinecacheChecks {
    private LinecacheChecks() {
    }

    private static final long T0 = 1_600_000_000_000_000_000L;

    static final List<Check> ALL = List.of(
            new Check("linecache", "getline decodes as tokenize does", LinecacheChecks::decoding),
            new Check("linecache", "missing files, directories and pseudo-files give nothing", LinecacheChecks::none),
            new Check("linecache", "checkcache drops changed and vanished files", LinecacheChecks::checkcache),
            new Check("linecache", "relative names on the path, sources from a loader", LinecacheChecks::lookup));

    private static void write(Os os, String path, byte[] content, long mtimeNs) throws IOException {
        int fd = os.open(path, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0644);
        try {
            os.write(fd, content);
        } finally {
            os.close(fd);
        }
        os.utimeNs(path, mtimeNs, mtimeNs, At.DEFAULT);
    }

    private static void decoding(Os os, String dir) throws Exception {
        Linecache linecache = Linecache.of(os);
        write(os, dir + "/utf8.py", "é = 1\r\nlast".getBytes(StandardCharsets.UTF_8), T0);
        write(os, dir + "/latin1.py", "# -*- coding: latin-1 -*-\ns = 'é'\n".getBytes(StandardCharsets.ISO_8859_1),
                T0);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        write(os, dir + "/bom.py", bom, T0);
        write(os, dir + "/bad.py", new byte[] {'x', '\n', (byte) 0xE9, '\n'}, T0);
        equal(List.of("é = 1\n", "last\n"), linecache.getlines(dir + "/utf8.py"), "CRLF read as \\n, \\n appended");
        equal("s = 'é'\n", linecache.getline(dir + "/latin1.py", 2), "coding cookie");
        equal(List.of("x\n"), linecache.getlines(dir + "/bom.py"), "BOM dropped");
        equal(List.of(), linecache.getlines(dir + "/bad.py"), "not UTF-8 and no cookie");
        equal("", linecache.getline(dir + "/utf8.py", 3), "past the end");
    }

    private static void none(Os os, String dir) {
        Linecache linecache = Linecache.of(os);
        equal("", linecache.getline(dir + "/missing.py", 1), "missing");
        equal("", linecache.getline(dir, 1), "directory");
        equal("", linecache.getline("<stdin>", 1), "pseudo-file");
        equal("", linecache.getline(dir + "/nul\0.py", 1), "NUL byte");
    }

    private static void checkcache(Os os, String dir) throws Exception {
        Linecache linecache = Linecache.of(os);
        String f = dir + "/f.py";
        write(os, f, "one\n".getBytes(StandardCharsets.UTF_8), T0);
        equal("one\n", linecache.getline(f, 1), "first read");
        write(os, f, "two\n".getBytes(StandardCharsets.UTF_8), T0);
        linecache.checkcache(f);
        equal("one\n", linecache.getline(f, 1), "same size and mtime: still cached");
        write(os, f, "two\n".getBytes(StandardCharsets.UTF_8), T0 + 1);
        linecache.checkcache();
        equal("two\n", linecache.getline(f, 1), "a new mtime drops the entry");
        os.unlink(f);
        linecache.checkcache(f);
        equal("", linecache.getline(f, 1), "a vanished file drops the entry");
    }

    private static void lookup(Os os, String dir) throws Exception {
        Linecache linecache = Linecache.of(os);
        os.mkdir(dir + "/src");
        write(os, dir + "/src/found_by_linecache_check.py", "found\n".getBytes(StandardCharsets.UTF_8), T0);
        LinecacheOptions options = LinecacheOptions.DEFAULT.withPath(List.of(dir + "/nothing", dir + "/src"));
        equal("found\n", linecache.getline("found_by_linecache_check.py", 1, options), "found on the path");
        equal(true, linecache.lazycache("generated.py", () -> "a\nb"), "lazycache registers");
        equal(List.of("a\n", "b\n"), linecache.getlines("generated.py"), "lines from the loader");
        linecache.clearcache();
        equal(List.of(), linecache.getlines("generated.py"), "clearcache forgets the loader too");
    }
}
