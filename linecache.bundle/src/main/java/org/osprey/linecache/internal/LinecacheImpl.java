package org.osprey.linecache.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.linecache.Linecache;
import org.osprey.linecache.LinecacheOptions;
import org.osprey.linecache.SourceLoader;
import org.osprey.os.Os;
import org.osprey.os.StatResult;

/**
 * {@link Linecache} over one {@link Os}; the DS component of this bundle. The cache is per instance rather than
 * static: its names are resolved by one {@code Os}, and a component bound to a restarted provider starts afresh.
 */
@Component(service = Linecache.class, immediate = true)
public final class LinecacheImpl implements Linecache {
    private final Os os;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** A cache entry: Python's 1-tuple {@code (get_lines,)} or 4-tuple {@code (size, mtime, lines, fullname)}. */
    private sealed interface Entry {
    }

    private record Lazy(SourceLoader loader) implements Entry {
    }

    /** @param mtimeNs the file's mtime, or null for lines that came from a loader (never stale) */
    private record Loaded(long size, Long mtimeNs, List<String> lines, String fullname) implements Entry {
    }

    /** A file found for a name, with the stat that found it. */
    private record Found(String fullname, StatResult stat) {
    }

    @Activate
    public LinecacheImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public String getline(String filename, int lineno) {
        return getline(filename, lineno, LinecacheOptions.DEFAULT);
    }

    @Override
    public String getline(String filename, int lineno, LinecacheOptions options) {
        List<String> lines = getlines(filename, options);
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }

    @Override
    public List<String> getlines(String filename) {
        return getlines(filename, LinecacheOptions.DEFAULT);
    }

    @Override
    public List<String> getlines(String filename, LinecacheOptions options) {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(options, "options");
        if (cache.get(filename) instanceof Loaded loaded) {
            return loaded.lines();
        }
        try {
            return updatecache(filename, options);
        } catch (OutOfMemoryError e) {
            // Python's MemoryError: the cache is what can be given back
            clearcache();
            return List.of();
        }
    }

    @Override
    public void clearcache() {
        cache.clear();
    }

    @Override
    public void checkcache() {
        for (String filename : List.copyOf(cache.keySet())) {
            checkcache(filename);
        }
    }

    @Override
    public void checkcache(String filename) {
        Objects.requireNonNull(filename, "filename");
        if (!(cache.get(filename) instanceof Loaded loaded) || loaded.mtimeNs() == null) {
            return;
        }
        StatResult st = statOrNull(loaded.fullname());
        if (st == null || st.size() != loaded.size() || st.mtimeNs() != loaded.mtimeNs()) {
            cache.remove(filename, loaded);
        }
    }

    @Override
    public List<String> updatecache(String filename) {
        return updatecache(filename, LinecacheOptions.DEFAULT);
    }

    @Override
    public List<String> updatecache(String filename, LinecacheOptions options) {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(options, "options");
        if (cache.get(filename) instanceof Loaded loaded) {
            cache.remove(filename, loaded);
        }
        if (!isCacheable(filename)) {
            return List.of();
        }
        Found found;
        try {
            found = new Found(filename, os.stat(filename));
        } catch (IllegalArgumentException e) {
            return List.of();
        } catch (IOException e) {
            if (lazycache(filename, options.loader()) && cache.get(filename) instanceof Lazy lazy) {
                List<String> fromLoader = load(filename, lazy);
                if (fromLoader != null) {
                    return fromLoader;
                }
            }
            found = search(filename, options.path());
            if (found == null) {
                return List.of();
            }
        }
        List<String> lines;
        try {
            lines = SourceText.lines(read(found.fullname()));
        } catch (IOException e) {
            // Python's OSError, UnicodeDecodeError and SyntaxError (a bad coding cookie)
            return List.of();
        }
        cache.put(filename, new Loaded(found.stat().size(), found.stat().mtimeNs(), lines, found.fullname()));
        return lines;
    }

    /** The loader's lines, now cached; null when the loader failed and the path is to be searched instead. */
    private List<String> load(String filename, Lazy lazy) {
        String source;
        try {
            source = lazy.loader().source();
        } catch (IOException e) {
            return null;
        }
        if (source == null) {
            return List.of();
        }
        List<String> lines = SourceText.splitlines(source);
        cache.put(filename, new Loaded(source.length(), null, lines, filename));
        return lines;
    }

    /** Python's walk of {@code sys.path} for a relative name. */
    private Found search(String filename, List<String> path) {
        if (os.path().isabs(filename)) {
            return null;
        }
        for (String dir : path) {
            String fullname = os.path().join(dir, filename);
            StatResult st = statOrNull(fullname);
            if (st != null) {
                return new Found(fullname, st);
            }
        }
        return null;
    }

    @Override
    public boolean lazycache(String filename, SourceLoader loader) {
        Objects.requireNonNull(filename, "filename");
        Entry entry = cache.get(filename);
        if (entry != null) {
            return entry instanceof Lazy;
        }
        if (!isCacheable(filename) || loader == null) {
            return false;
        }
        Entry raced = cache.putIfAbsent(filename, new Lazy(loader));
        return raced == null || raced instanceof Lazy;
    }

    /** Empty names and pseudo-files such as {@code <stdin>} or {@code <string>} have no lines to read. */
    private static boolean isCacheable(String filename) {
        return !filename.isEmpty() && !(filename.startsWith("<") && filename.endsWith(">"));
    }

    private StatResult statOrNull(String path) {
        try {
            return os.stat(path);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The whole file: its lines are cached whole anyway. */
    private byte[] read(String path) throws IOException {
        int fd = os.open(path, os.O_RDONLY() | os.O_CLOEXEC());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = os.read(fd, buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            os.close(fd);
        }
    }
}
