package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FsCodec;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** File names are bytes: those that are not UTF-8 come back as surrogates and go back to the same bytes. */
public abstract class NamesKit extends ProviderKit {
    protected NamesKit(OsProvider provider) {
        super(provider);
    }

    /** Hex of each name: lone 0xff, invalid continuation, lone 0x80, an encoded surrogate, valid é and 🐍. */
    private static final List<String> NAMES = List.of("ff", "c328", "618062", "eda080", "636166c3a9", "f09f908d",
            "41");

    @TempDir
    Path tmp;

    private Set<String> pythonListing(String dir) {
        return new TreeSet<>(Python.lines("import os, sys\nfor n in os.listdir(os.fsencode(sys.argv[1])): print(n.hex())",
                dir));
    }

    @Test
    void namesCreatedNativelyRoundTrip() throws Exception {
        String dir = tmp.toString();
        Python.run("import os, sys\nfor h in sys.argv[2:]: open(os.path.join(os.fsencode(sys.argv[1]), bytes.fromhex(h)), 'w').close()",
                concat(dir, NAMES));
        Set<String> seen = new TreeSet<>();
        for (String name : os.listdir(dir)) {
            assertFalse(name.contains("\ufffd"), "no replacement character");
            seen.add(HexFormat.of().formatHex(FsCodec.encode(name)));
            assertTrue(os.stat(dir + "/" + name).isRegularFile(), name);
        }
        assertEquals(new TreeSet<>(NAMES), seen);
        assertTrue(os.listdir(dir).contains("caf\u00e9"));
        assertTrue(os.listdir(dir).contains("\udcff"));
        for (String name : os.listdir(dir)) {
            os.remove(dir + "/" + name);
        }
        assertEquals(Set.of(), pythonListing(dir));
    }

    @Test
    void namesCreatedHereAreTheBytesPythonSees() throws Exception {
        String dir = tmp.toString();
        os.mkdir(dir + "/\udcff\udcfe");
        os.symlink("target-\udc80", dir + "/link-caf\u00e9");
        assertEquals(new TreeSet<>(List.of("fffe", HexFormat.of().formatHex("link-caf\u00e9".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))), pythonListing(dir));
        assertEquals("target-\udc80", os.readlink(dir + "/link-caf\u00e9"));
        // the JVM may encode arguments in an ASCII locale, so the path goes to Python as hex
        assertEquals("7461726765742d80", Python.run("import os, sys; print(os.readlink(bytes.fromhex(sys.argv[1])).hex())",
                HexFormat.of().formatHex(FsCodec.encode(dir + "/link-caf\u00e9"))).strip());
    }

    @Test
    void getcwdInADirectoryWithAnUndecodableName() throws Exception {
        String dir = tmp.toRealPath() + "/\udcff";
        os.mkdir(dir);
        String before = os.getcwd();
        os.chdir(dir);
        try {
            assertEquals(dir, os.getcwd());
        } finally {
            os.chdir(before);
        }
        assertEquals(before, os.getcwd());
    }

    private static String[] concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
