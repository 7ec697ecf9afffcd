package org.osprey.itest.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The higher-level bundles and the CLI use the {@code os} API only, never the provider SPI: the provider is
 * swapped at deploy time without touching them. Checked on the jars as built: the OSGi manifest's
 * {@code Import-Package}, the module descriptor's {@code requires} and {@code uses}, and the class files
 * themselves (so that an {@code Import-Package: !org.osprey.os.spi} instruction cannot hide a reference).
 */
class ApiOnlyIT {
    private static final String SPI = "org.osprey.os.spi";
    private static final String PROVIDER_MODULE = "org.osprey.posix";

    static Stream<Path> consumers() {
        String jars = System.getProperty("osprey.consumers");
        assertTrue(jars != null && !jars.isBlank(), "failsafe passes the consumer jars in osprey.consumers");
        List<Path> paths = Stream.of(jars.split(File.pathSeparator)).map(Path::of).toList();
        assertEquals(11, paths.size(), "shutil, tempfile, glob, filecmp, linecache, subprocess, mmap, platform, sys,"
                + " logging and cli: " + paths);
        return paths.stream();
    }

    @ParameterizedTest
    @MethodSource("consumers")
    void manifestImportsNoSpi(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String imports = file.getManifest().getMainAttributes().getValue("Import-Package");
            assertTrue(imports != null && imports.contains("org.osprey.os"), jar + " imports the API: " + imports);
            List<String> packages = packages(imports);
            assertTrue(packages.contains("org.osprey.os"), packages.toString());
            assertEquals(List.of(), packages.stream().filter(p -> p.startsWith(SPI)).toList(), jar.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("consumers")
    void moduleNeitherUsesTheSpiNorRequiresAProvider(Path jar) {
        ModuleDescriptor module = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        assertTrue(module.requires().stream().anyMatch(r -> r.name().equals("org.osprey.api")), module.toString());
        assertFalse(module.requires().stream().anyMatch(r -> r.name().equals(PROVIDER_MODULE)), module.toString());
        assertEquals(List.of(), module.uses().stream().filter(s -> s.startsWith(SPI + ".")).toList(),
                module.toString());
    }

    @ParameterizedTest
    @MethodSource("consumers")
    void noClassRefersToTheSpi(Path jar) throws IOException {
        byte[] needle = (SPI.replace('.', '/') + "/").getBytes(StandardCharsets.US_ASCII);
        List<String> offenders = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                if (entry.getName().endsWith(".class")) {
                    byte[] bytes = file.getInputStream(entry).readAllBytes();
                    // class references are internal names in the constant pool, plain ASCII
                    if (indexOf(bytes, needle) >= 0) {
                        offenders.add(entry.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, jar + ": classes that refer to " + SPI);
    }

    /** The package names of an OSGi header: clauses split at commas, names before the first attribute. */
    private static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        boolean inName = true;
        StringBuilder token = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ',')) {
                if (inName && !token.toString().contains("=")) {
                    names.add(token.toString().strip());
                } else {
                    inName = false;
                }
                inName = inName || c == ',';
                token.setLength(0);
                continue;
            }
            token.append(c);
        }
        return names;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
