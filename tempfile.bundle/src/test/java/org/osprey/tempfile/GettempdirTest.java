package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * {@code gettempdir} and the module variables. The candidates are read from the native environment, which
 * {@code os.environ()} changes; {@code tempdir(null)} makes the next call search again, as in Python.
 */
class GettempdirTest {
    private static final List<String> VARS = List.of("TMPDIR", "TEMP", "TMP");
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    private final Map<String, String> saved = new HashMap<>();
    @TempDir
    Path tmp;

    @BeforeEach
    void save() {
        for (String name : VARS) {
            saved.put(name, os.environ().get(name));
        }
    }

    @AfterEach
    void restore() {
        for (String name : VARS) {
            set(name, saved.get(name));
        }
        tf.tempdir(null);
    }

    private void set(String name, String value) {
        if (value == null) {
            os.environ().remove(name);
        } else {
            os.environ().put(name, value);
        }
    }

    /** Ours and CPython's answer with TMPDIR, TEMP and TMP set to the given values (null: unset). */
    private void assertSameAsCpython(String tmpdir, String temp, String tmpVar) {
        Map<String, String> env = new HashMap<>();
        env.put("TMPDIR", tmpdir);
        env.put("TEMP", temp);
        env.put("TMP", tmpVar);
        env.forEach(this::set);
        tf.tempdir(null);
        String ours;
        try {
            ours = tf.gettempdir();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String script = "import os, sys, tempfile\n"
                + "for n, v in zip(('TMPDIR', 'TEMP', 'TMP'), sys.argv[1:]):\n"
                + "    os.environ.pop(n, None)\n"
                + "    if v != '-': os.environ[n] = v\n"
                + "print(tempfile.gettempdir())";
        String python = Python.run(script, dash(tmpdir), dash(temp), dash(tmpVar)).strip();
        assertEquals(python, ours, env.toString());
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    @Test
    void theCandidatesAreTriedInCpythonsOrder() throws Exception {
        String a = Files.createDirectory(tmp.resolve("a")).toString();
        String b = Files.createDirectory(tmp.resolve("b")).toString();
        String file = Files.writeString(tmp.resolve("file"), "").toString();
        String missing = tmp.resolve("missing").toString();
        assertSameAsCpython(a, b, null);
        assertSameAsCpython(null, a, b);
        assertSameAsCpython(null, null, b);
        assertSameAsCpython("", "", b);
        assertSameAsCpython(missing, file, a);
        assertSameAsCpython(missing, null, null);
        assertSameAsCpython(a + "/../b/", null, null);
        assertEquals(b, tf.tempdir(), "made absolute and normalized");
    }

    @Test
    void theResultIsKeptUntilTempdirIsReset() throws Exception {
        String a = Files.createDirectory(tmp.resolve("a")).toString();
        String b = Files.createDirectory(tmp.resolve("b")).toString();
        set("TMPDIR", a);
        tf.tempdir(null);
        assertNull(tf.tempdir());
        assertEquals(a, tf.gettempdir());
        assertEquals(a, tf.tempdir());
        set("TMPDIR", b);
        assertEquals(a, tf.gettempdir(), "cached");
        assertEquals(a, Tempfile.of(os).gettempdir(), "a module global, shared by every instance");
        tf.tempdir(null);
        assertEquals(b, tf.gettempdir());
        assertArrayEquals(b.getBytes(StandardCharsets.UTF_8), tf.gettempdirb());
        assertEquals(List.of(), os.listdir(a), "the probe file is gone");
    }

    @Test
    void aSetTempdirWinsAndIsUsedAsGiven() throws Exception {
        String missing = tmp.resolve("missing").toString();
        tf.tempdir(missing);
        assertEquals(missing, tf.gettempdir());
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class, () -> tf.mkstemp());
        assertEquals(missing, os.path().dirname(e.filename()));
        tf.tempdir(tmp.toString());
        String d = tf.mkdtemp();
        assertEquals(tmp.toString(), os.path().dirname(d));
    }

    @Test
    void prefixesAndTemplateAreCpythons() {
        String python = Python.run("import tempfile\n"
                + "print(tempfile.gettempprefix(), tempfile.gettempprefixb().decode(), tempfile.template)").strip();
        assertEquals(python, tf.gettempprefix() + " " + new String(tf.gettempprefixb(), StandardCharsets.US_ASCII)
                + " " + tf.template());
    }
}
