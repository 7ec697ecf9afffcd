package org.osprey.os.path;

import java.util.List;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/** TODO(issue 2): being written. */
public final class PosixPath extends OsPath {
    public static final PosixPath PURE = new PosixPath(null);

    public PosixPath(Os os) {
        super(os);
    }

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("not written yet");
    }

    @Override public String sep() { throw todo(); }
    @Override public String altsep() { throw todo(); }
    @Override public String pathsep() { throw todo(); }
    @Override public String curdir() { throw todo(); }
    @Override public String pardir() { throw todo(); }
    @Override public String extsep() { throw todo(); }
    @Override public String defpath() { throw todo(); }
    @Override public String devnull() { throw todo(); }
    @Override public boolean supportsUnicodeFilenames() { throw todo(); }
    @Override public String basename(String p) { throw todo(); }
    @Override public String dirname(String p) { throw todo(); }
    @Override public boolean isabs(String s) { throw todo(); }
    @Override public String join(String a, String... p) { 
        StringBuilder b = new StringBuilder(a);
        for (String s : p) { if (s.startsWith("/")) b.setLength(0); else if (b.length() > 0 && b.charAt(b.length() - 1) != '/') b.append('/'); b.append(s); }
        return b.toString();
    }
    @Override public String normcase(String s) { throw todo(); }
    @Override public String normpath(String path) { throw todo(); }
    @Override public Split split(String p) { throw todo(); }
    @Override public SplitDrive splitdrive(String p) { throw todo(); }
    @Override public SplitExt splitext(String p) { throw todo(); }
    @Override public SplitRoot splitroot(String p) { throw todo(); }
    @Override public String commonpath(List<String> paths) { throw todo(); }
    @Override public String expandvars(String path) { throw todo(); }
    @Override public String abspath(String path) throws OsException { throw todo(); }
    @Override public String relpath(String path) throws OsException { throw todo(); }
    @Override public String relpath(String path, String start) throws OsException { throw todo(); }
    @Override public String expanduser(String path) { throw todo(); }
    @Override public String realpath(String path) throws OsException { throw todo(); }
    @Override public String realpath(String path, boolean strict) throws OsException { throw todo(); }
    @Override public boolean ismount(String path) { throw todo(); }
}
