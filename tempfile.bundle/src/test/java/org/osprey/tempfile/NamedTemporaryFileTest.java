package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.testing.Python;

/** {@code NamedTemporaryFile}: the name on disk, and when each {@code delete}/{@code delete_on_close} removes it. */
class NamedTemporaryFileTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    @Test
    void theFileHasANameWhileOpenAndDataIsVisibleThroughIt() throws Exception {
        NamedTempOptions options = NamedTempOptions.DEFAULT.withDir(tmp.toString()).withPrefix("n").withSuffix(".x");
        String name;
        try (NamedTemporaryFile f = tf.namedTemporaryFile(options)) {
            name = f.name();
            assertTrue(os.path().basename(name).matches("n[a-z0-9_]{8}\\.x"), name);
            assertEquals(tmp.toString(), os.path().dirname(name));
            assertEquals(0600, Stat.S_IMODE(os.stat(name).mode()));
            assertTrue(os.path().samestat(os.stat(name), os.fstat(f.fileno())));
            f.outputStream().write("data".getBytes(StandardCharsets.US_ASCII));
            assertEquals("data", Files.readString(Path.of(name)));
        }
        assertFalse(os.path().lexists(name));
    }

    /**
     * For each (delete, delete_on_close): does the file exist after {@code f.close()} inside the {@code with}
     * block, and after leaving it? Python 3.13 answers the same questions.
     */
    @Test
    void deleteAndDeleteOnCloseActAsInCpython() throws Exception {
        String script = String.join("\n",
                "import os, sys, tempfile",
                "for delete in (True, False):",
                "    for doc in (True, False):",
                "        with tempfile.NamedTemporaryFile(dir=sys.argv[1], delete=delete, delete_on_close=doc) as f:",
                "            f.write(b'x')",
                "            f.close()",
                "            closed = os.path.exists(f.name)",
                "        print(delete, doc, closed, os.path.exists(f.name))",
                "        if os.path.exists(f.name): os.unlink(f.name)",
                "    with tempfile.NamedTemporaryFile(dir=sys.argv[1], delete=delete) as f:",
                "        pass",
                "    print(delete, 'exit-only', os.path.exists(f.name))",
                "    if os.path.exists(f.name): os.unlink(f.name)");
        List<String> expected = List.of(Python.require313().run(script, tmp.toString()).strip().split("\n"));
        List<String> actual = new ArrayList<>();
        for (boolean delete : new boolean[] {true, false}) {
            for (boolean doc : new boolean[] {true, false}) {
                NamedTempOptions options = NamedTempOptions.DEFAULT.withDir(tmp.toString()).withDelete(delete)
                        .withDeleteOnClose(doc);
                NamedTemporaryFile f;
                boolean afterClose;
                try (NamedTemporaryFile file = tf.namedTemporaryFile(options)) {
                    f = file;
                    f.outputStream().write('x');
                    f.closeFile();
                    afterClose = os.path().exists(f.name());
                }
                actual.add(py(delete) + " " + py(doc) + " " + py(afterClose) + " " + py(os.path().exists(f.name())));
                if (os.path().exists(f.name())) {
                    os.unlink(f.name());
                }
            }
            NamedTemporaryFile f;
            try (NamedTemporaryFile file = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(tmp.toString())
                    .withDelete(delete))) {
                f = file;
            }
            actual.add(py(delete) + " exit-only " + py(os.path().exists(f.name())));
            if (os.path().exists(f.name())) {
                os.unlink(f.name());
            }
        }
        assertEquals(expected, actual);
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Test
    void deleteOnCloseFalseKeepsTheFileForReopeningUntilTheBlockEnds() throws Exception {
        String name;
        try (NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(tmp.toString())
                .withDeleteOnClose(false))) {
            name = f.name();
            f.outputStream().write("kept".getBytes(StandardCharsets.US_ASCII));
            f.closeFile();
            assertFalse(f.isOpen());
            assertEquals("kept", Files.readString(Path.of(name)), "reopened by name");
        }
        assertFalse(os.path().lexists(name));
    }

    @Test
    void aFileRemovedByOthersIsNoErrorAndCloseIsIdempotent() throws Exception {
        NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(tmp.toString()));
        os.unlink(f.name());
        f.close();
        f.close();
        f.closeFile();
        assertFalse(f.isOpen());
    }
}
