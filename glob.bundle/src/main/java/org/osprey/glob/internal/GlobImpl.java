package org.osprey.glob.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobBytesIterator;
import org.osprey.glob.GlobIterator;
import org.osprey.glob.GlobOptions;
import org.osprey.glob.TranslateOptions;
import org.osprey.os.Os;
import org.osprey.os.path.SplitDrive;
import org.osprey.os.path.SplitDriveBytes;

/** {@link Glob} over one {@link Os}; the DS component of this bundle. */
@Component(service = Glob.class, immediate = true)
public final class GlobImpl implements Glob {
    private final Os os;
    private final Fnmatch fnmatch;

    @Activate
    public GlobImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
        this.fnmatch = Fnmatch.of(os);
    }

    @Override
    public List<String> glob(String pathname, GlobOptions options) {
        List<String> result = new ArrayList<>();
        try (GlobIterator it = iglob(pathname, options)) {
            it.forEachRemaining(result::add);
        }
        return result;
    }

    @Override
    public List<String> glob(String pathname) {
        return glob(pathname, GlobOptions.DEFAULT);
    }

    @Override
    public GlobIterator iglob(String pathname, GlobOptions options) {
        return new Matches(matches(pathname, options, fnmatch::filter));
    }

    @Override
    public List<byte[]> glob(byte[] pathname, GlobOptions options) {
        List<byte[]> result = new ArrayList<>();
        try (GlobBytesIterator it = iglob(pathname, options)) {
            it.forEachRemaining(result::add);
        }
        return result;
    }

    @Override
    public List<byte[]> glob(byte[] pathname) {
        return glob(pathname, GlobOptions.DEFAULT);
    }

    /** The walk on the decoded names, which encode back to their bytes, matched as bytes. */
    @Override
    public GlobBytesIterator iglob(byte[] pathname, GlobOptions options) {
        Objects.requireNonNull(pathname, "pathname");
        GlobIterator names = new Matches(matches(os.fsdecode(pathname), options, this::filterAsBytes));
        return new GlobBytesIterator() {
            @Override
            public boolean hasNext() {
                return names.hasNext();
            }

            @Override
            public byte[] next() {
                return os.fsencode(names.next());
            }

            @Override
            public void close() {
                names.close();
            }
        };
    }

    /** {@code fnmatch.filter} of the names' and the pattern's bytes. */
    private List<String> filterAsBytes(List<String> names, String pattern) {
        List<byte[]> encoded = names.stream().map(os::fsencode).toList();
        return fnmatch.filter(encoded, os.fsencode(pattern)).stream().map(os::fsdecode).toList();
    }

    private Iterator<String> matches(String pathname, GlobOptions options, Globber.NameFilter filter) {
        Objects.requireNonNull(pathname, "pathname");
        Objects.requireNonNull(options, "options");
        String rootDir = options.rootDir() == null ? "" : options.rootDir();
        noNul(pathname, "pathname");
        noNul(rootDir, "root_dir");
        Globber globber = new Globber(os, filter, options.dirFd(), options.recursive(), options.includeHidden());
        Iterator<String> it = globber.iglob(pathname, rootDir, false);
        // a leading "**" (or an empty pattern) yields "" first: not a match to report
        if ((pathname.isEmpty() || options.recursive() && pathname.startsWith("**")) && it.hasNext()) {
            String first = it.next();
            if (!first.isEmpty()) {
                Iterator<String> rest = it;
                it = Lazy.cons(first, () -> rest);
            }
        }
        return it;
    }

    @Override
    public String escape(String pathname) {
        SplitDrive split = os.path().splitdrive(Objects.requireNonNull(pathname, "pathname"));
        return split.drive() + escapeMagic(split.tail());
    }

    @Override
    public byte[] escape(byte[] pathname) {
        SplitDriveBytes split = os.path().splitdrive(Objects.requireNonNull(pathname, "pathname"));
        byte[] tail = escapeMagic(latin1(split.tail())).getBytes(StandardCharsets.ISO_8859_1);
        byte[] escaped = Arrays.copyOf(split.drive(), split.drive().length + tail.length);
        System.arraycopy(tail, 0, escaped, split.drive().length, tail.length);
        return escaped;
    }

    /** {@code *}, {@code ?} and {@code [} made literal: {@code [*]}. */
    private static String escapeMagic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMagic(c)) {
                sb.append('[').append(c).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean hasMagic(byte[] s) {
        return hasMagicChars(latin1(Objects.requireNonNull(s, "s")));
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean hasMagic(String s) {
        return hasMagicChars(Objects.requireNonNull(s, "s"));
    }

    @Override
    public String translate(String pattern, TranslateOptions options) {
        return GlobRegex.translate(Objects.requireNonNull(pattern, "pattern"), Objects.requireNonNull(options, "options"),
                os.path());
    }

    static boolean hasMagicChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isMagic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMagic(char c) {
        return c == '*' || c == '?' || c == '[';
    }

    private static void noNul(String s, String what) {
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("glob: embedded null character in " + what);
        }
    }

    /** The lazy matches, closed by dropping what is left. */
    private static final class Matches implements GlobIterator {
        private Iterator<String> rest;

        Matches(Iterator<String> rest) {
            this.rest = rest;
        }

        @Override
        public boolean hasNext() {
            return rest.hasNext();
        }

        @Override
        public String next() {
            return rest.next();
        }

        @Override
        public void close() {
            rest = Lazy.empty();
        }
    }
}
