package org.osprey.itest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.filecmp.Filecmp;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.linecache.Linecache;
import org.osprey.logging.Logging;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.platform.Platform;
import org.osprey.shutil.Shutil;
import org.osprey.subprocess.Subprocess;
import org.osprey.sys.Sys;
import org.osprey.tempfile.Tempfile;

/**
 * Keeps the README's feature tables of the higher-level modules true, both ways: a row marked implemented (✅)
 * or unsupported (✗) names a real method of the module's type (or a type of its package), and every public
 * method of that type has a row.
 * ({@code os} and {@code os.path} are kept true by the API bundle's own test.)
 */
class FeatureTablesIT {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("shutil", Shutil.class),
            Map.entry("tempfile", Tempfile.class), Map.entry("glob", Glob.class), Map.entry("fnmatch", Fnmatch.class),
            Map.entry("filecmp", Filecmp.class), Map.entry("linecache", Linecache.class),
            Map.entry("subprocess", Subprocess.class), Map.entry("mmap", Mmap.class),
            Map.entry("mmap.mmap", MemoryMap.class), Map.entry("platform", Platform.class), Map.entry("sys", Sys.class),
            Map.entry("logging", Logging.class));
    private static final Pattern JAVA_NAME = Pattern.compile("^(\\w+)");

    /** Java method names of the rows {@code | `module.name` | `javaName(...)` | ✅ ...} of one module. */
    private static Set<String> listed(String module) throws Exception {
        Pattern row = Pattern.compile("^\\| `" + Pattern.quote(module) + "\\.(\\w+)` \\| `([^`]*)` \\| (?:✅|✗)");
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                Matcher j = JAVA_NAME.matcher(m.group(2));
                if (j.find()) {
                    names.add(j.group(1));
                }
            }
        }
        return names;
    }

    /** Public methods, static ones included (a module type may offer functions as static methods). */
    private static Set<String> methods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !(Modifier.isStatic(m.getModifiers()) && Set.of("get", "of").contains(m.getName())))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isType(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shutil", "tempfile", "glob", "fnmatch", "filecmp", "linecache", "subprocess", "mmap",
        "mmap.mmap", "platform", "sys", "logging"})
    void rowsAndMethodsAgree(String module) throws Exception {
        Set<String> listed = listed(module);
        Set<String> methods = methods(TYPES.get(module));
        List<String> rowsWithoutMethod = new ArrayList<>(listed);
        rowsWithoutMethod.removeAll(methods);
        // a row may name a type of the module's package instead (an error type, a result record)
        rowsWithoutMethod.removeIf(name -> isType(TYPES.get(module).getPackageName() + "." + name));
        List<String> methodsWithoutRow = new ArrayList<>(methods);
        methodsWithoutRow.removeAll(listed);
        assertEquals(List.of(), rowsWithoutMethod, module + ": rows marked ✅/✗ whose method does not exist");
        assertEquals(List.of(), methodsWithoutRow, module + ": methods that the README's table does not list");
    }
}
