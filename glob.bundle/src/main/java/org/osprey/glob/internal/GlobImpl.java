package org.osprey.glob.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobIterator;
import org.osprey.glob.GlobOptions;
import org.osprey.glob.TranslateOptions;
import org.osprey.os.Os;
import org.osprey.os.path.SplitDrive;

/** {@link Glob} over one {@link Os}; the DS component of this bundle. */
@Component(service = Glob.class)
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
        String rootDir = options.rootDir() == null ? "" : options.rootDir();
        noNul(pathname, "pathname");
        noNul(rootDir, "root_dir");
        Globber globber = new Globber(os, fnmatch, options.dirFd(), options.recursive(), options.includeHidden());
        Iterator<String> it = globber.iglob(pathname, rootDir, false);
        // a leading "**" (or an empty pattern) yields "" first: not a match to report
        if ((pathname.isEmpty() || options.recursive() && pathname.startsWith("**")) && it.hasNext()) {
            String first = it.next();
            if (!first.isEmpty()) {
                Iterator<String> rest = it;
                it = Lazy.cons(first, () -> rest);
            }
        }
        return new Matches(it);
    }

    @Override
    public String escape(String pathname) {
        SplitDrive split = os.path().splitdrive(pathname);
        StringBuilder sb = new StringBuilder(split.drive());
        for (int i = 0; i < split.tail().length(); i++) {
            char c = split.tail().charAt(i);
            if (isMagic(c)) {
                sb.append('[').append(c).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean hasMagic(String s) {
        return hasMagicChars(s);
    }

    @Override
    public String translate(String pattern, TranslateOptions options) {
        return GlobRegex.translate(pattern, options, os.path());
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
