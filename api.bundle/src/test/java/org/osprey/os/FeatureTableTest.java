package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.os.path.OsPath;

/**
 * Keeps the README's feature table true: what it marks implemented (✅) or unsupported (✗: exists and fails)
 * exists, and what exists is listed.
 */
class FeatureTableTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(os(?:\\.path)?|errno|signal|posix|nt|_winapi|msvcrt)\\.(\\w+)` \\| `([^`]*)` \\| (?:✅|✗)");
    /** The {@code errno} rows name a method of {@link Errno}: {@code errno().errorcode()}. */
    private static final Pattern ERRNO_NAME = Pattern.compile("^errno\\(\\)\\.(\\w+)");
    private static final Pattern JAVA_NAME = Pattern.compile("^(?:path\\(\\)\\.)?(\\w+)");

    private static List<String[]> implementedRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
        }
        return rows;
    }

    private static Set<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRowMarkedImplementedNamesARealMethodOrType() throws Exception {
        Set<String> os = methodNames(Os.class);
        Set<String> ospath = methodNames(OsPath.class);
        List<String> missing = new ArrayList<>();
        List<String[]> rows = implementedRows();
        assertTrue(rows.size() > 60, "the table was found: " + rows.size() + " rows");
        for (String[] row : rows) {
            Matcher m = JAVA_NAME.matcher(row[2]);
            assertTrue(m.find(), row[2]);
            String name = m.group(1);
            boolean exists = row[0].equals("os.path") ? ospath.contains(name)
                    : os.contains(name) || typeExists(name);
            Matcher errno = ERRNO_NAME.matcher(row[2]);
            if (row[0].equals("errno")) {
                exists = errno.find() && methodNames(Errno.class).contains(errno.group(1));
            }
            if (!exists) {
                missing.add(row[0] + "." + row[1] + " -> " + row[2]);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOsMethodIsInTheTable() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (String[] row : implementedRows()) {
            Matcher m = JAVA_NAME.matcher(row[2]);
            m.find();
            listed.add(m.group(1));
        }
        Set<String> unlisted = methodNames(Os.class);
        unlisted.removeAll(listed);
        // accessors of the facts and the provider, and Osprey's additions: not Python functions
        // getdlopenflags/setdlopenflags are sys's, in its table: the provider is what calls dlopen
        unlisted.removeAll(Set.of("getdlopenflags", "setdlopenflags"));
        unlisted.removeAll(Set.of("providerId", "platform", "supports", "pwd", "grp", "statIfExists", "toPath",
                "mmap", "mmapConstants", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait"));
        // macOS's clonefile(2), which Python has no binding for: its row names no Python function
        unlisted.remove("clonefile");
        // Unix sockets, which Python's os has no functions for (its socket module has): one row names no function
        unlisted.removeAll(Set.of("connectUnixSocket", "SOCK_DGRAM", "SOCK_STREAM"));
        assertEquals(Set.of(), unlisted);
    }

    private static boolean typeExists(String simpleName) {
        try {
            Class.forName("org.osprey.os." + simpleName);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
