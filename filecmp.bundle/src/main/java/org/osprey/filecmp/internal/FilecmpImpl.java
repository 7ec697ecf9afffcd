package org.osprey.filecmp.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.filecmp.CmpfilesResult;
import org.osprey.filecmp.Dircmp;
import org.osprey.filecmp.DircmpOptions;
import org.osprey.filecmp.Filecmp;
import org.osprey.os.Os;

/**
 * {@link Filecmp} over one {@link Os}; the DS component of this bundle. The content-comparison cache is
 * per instance rather than static: its keys are names as one {@code Os} resolves them, and a component bound to
 * a restarted provider should not inherit answers from the old one.
 */
@Component(service = Filecmp.class, immediate = true)
public final class FilecmpImpl implements Filecmp {
    /** CPython clears the cache once it holds more than this many comparisons. */
    private static final int CACHE_LIMIT = 100;

    private final Os os;
    private final Map<CacheKey, Boolean> cache = new ConcurrentHashMap<>();

    @Activate
    public FilecmpImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    private record CacheKey(String f1, String f2, Signature s1, Signature s2) {
    }

    @Override
    public boolean cmp(String f1, String f2) throws IOException {
        return cmp(f1, f2, true);
    }

    @Override
    public boolean cmp(String f1, String f2, boolean shallow) throws IOException {
        Objects.requireNonNull(f1, "f1");
        Objects.requireNonNull(f2, "f2");
        Signature s1 = Signature.of(os.stat(f1));
        Signature s2 = Signature.of(os.stat(f2));
        if (!s1.isRegularFile() || !s2.isRegularFile()) {
            return false;
        }
        if (shallow && s1.equals(s2)) {
            return true;
        }
        if (s1.size() != s2.size()) {
            return false;
        }
        CacheKey key = new CacheKey(f1, f2, s1, s2);
        Boolean cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        boolean same = Contents.equal(os, f1, f2);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, same);
        return same;
    }

    /** The number of cached comparisons, for tests of the cache bound. */
    int cacheSize() {
        return cache.size();
    }

    @Override
    public CmpfilesResult cmpfiles(String a, String b, List<String> common) {
        return cmpfiles(a, b, common, true);
    }

    @Override
    public CmpfilesResult cmpfiles(String a, String b, List<String> common, boolean shallow) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(common, "common");
        List<String> match = new ArrayList<>();
        List<String> mismatch = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : common) {
            compare(os.path().join(a, name), os.path().join(b, name), shallow, name, match, mismatch, errors);
        }
        return new CmpfilesResult(match, mismatch, errors);
    }

    private void compare(String ax, String bx, boolean shallow, String name, List<String> match,
            List<String> mismatch, List<String> errors) {
        try {
            (cmp(ax, bx, shallow) ? match : mismatch).add(name);
        } catch (IOException | IllegalArgumentException e) {
            // Python's OSError and ValueError (a NUL byte): this pair cannot be compared
            errors.add(name);
        }
    }

    @Override
    public Dircmp dircmp(String a, String b) {
        return dircmp(a, b, DircmpOptions.DEFAULT);
    }

    @Override
    public Dircmp dircmp(String a, String b, DircmpOptions options) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(options, "options");
        DircmpOptions resolved = options.hide() != null ? options
                : options.withHide(List.of(os.path().curdir(), os.path().pardir()));
        return new DircmpImpl(os, this, a, b, resolved);
    }

    @Override
    public void clearCache() {
        cache.clear();
    }
}
