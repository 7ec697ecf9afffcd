package org.osprey.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * The packages a module's bundle imports, known before the jar exists: bnd writes {@code Import-Package} into the
 * manifest only when it packages the jar, after the unit tests, from the packages the compiled classes refer to
 * outside their own. The JDK's {@code jdeps} lists those same references from {@code target/classes}.
 */
public final class BundleImports {
    /** The package of the provider SPI, which no higher-level bundle may import. */
    public static final String SPI = "org.osprey.os.spi";

    private BundleImports() {
    }

    /**
     * Each class of the module in the working directory (Maven's module directory) with the classes it refers to,
     * by binary name ({@code java.*} left out).
     */
    public static Map<String, Set<String>> classReferences() {
        Path classes = Path.of("target", "classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("no compiled classes in " + classes.toAbsolutePath());
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", classes.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + err);
        }
        Map<String, Set<String>> references = new TreeMap<>();
        // lines "   org.osprey.glob.GlobOptions   -> org.osprey.os.At   not found"
        for (String line : out.toString().lines().toList()) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (line.startsWith(" ") && words.size() >= 3 && words.get(1).equals("->")
                    && !words.get(2).startsWith("java.")) {
                references.computeIfAbsent(words.get(0), k -> new TreeSet<>()).add(words.get(2));
            }
        }
        return references;
    }

    /** The packages, other than {@code java.*}, that the module's classes use outside its own packages. */
    public static Set<String> ofThisModule() {
        Map<String, Set<String>> references = classReferences();
        Set<String> own = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        references.forEach((from, to) -> {
            own.add(packageOf(from));
            to.forEach(c -> used.add(packageOf(c)));
        });
        used.removeAll(own);
        return used;
    }

    public static String packageOf(String className) {
        return className.substring(0, Math.max(0, className.lastIndexOf('.')));
    }

    public static boolean isSpi(String packageName) {
        return packageName.equals(SPI) || packageName.startsWith(SPI + ".");
    }

    /** Fails if the module's bundle would import the provider SPI; returns what it imports otherwise. */
    public static Set<String> requireApiOnly() {
        Set<String> imports = ofThisModule();
        List<String> spi = imports.stream().filter(BundleImports::isSpi).toList();
        if (!spi.isEmpty()) {
            throw new AssertionError("the bundle imports the provider SPI " + spi + "; a higher-level bundle uses "
                    + "only org.osprey.os and org.osprey.os.path: " + imports);
        }
        return imports;
    }
}
