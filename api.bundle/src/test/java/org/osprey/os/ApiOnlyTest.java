package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osprey.testing.BundleImports;

/**
 * The public API ({@code org.osprey.os}, {@code org.osprey.os.path}) does not lean on the provider SPI, so that code
 * written against it never needs the SPI either. The one bridge is {@link Os#of}, the factory that serves an
 * {@code os} from a given provider.
 */
class ApiOnlyTest {
    @Test
    void onlyOsOfRefersToTheSpi() {
        Map<String, Set<String>> references = BundleImports.classReferences();
        assertTrue(references.containsKey(Os.class.getName()), references.keySet().toString());
        Set<String> users = new TreeSet<>();
        references.forEach((from, to) -> {
            String pkg = BundleImports.packageOf(from);
            boolean api = pkg.equals("org.osprey.os") || pkg.equals("org.osprey.os.path");
            if (api && to.stream().map(BundleImports::packageOf).anyMatch(BundleImports::isSpi)) {
                users.add(from);
            }
        });
        assertEquals(Set.of(Os.class.getName()), users);
    }
}
