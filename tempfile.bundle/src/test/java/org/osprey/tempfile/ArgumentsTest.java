package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;

/** A NUL in a suffix, prefix or directory is Python's ValueError: thrown before anything is created. */
class ArgumentsTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("deprecation")
    void aNulAnywhereIsRejectedBeforeTouchingTheDisk() throws Exception {
        String dir = tmp.toString();
        for (TempOptions bad : List.of(TempOptions.DEFAULT.withDir(dir).withSuffix("a\0"),
                TempOptions.DEFAULT.withDir(dir).withPrefix("\0"), TempOptions.DEFAULT.withDir(dir + "/\0x"))) {
            assertThrows(IllegalArgumentException.class, () -> tf.mkstemp(bad), bad.toString());
            assertThrows(IllegalArgumentException.class, () -> tf.mkdtemp(bad));
            assertThrows(IllegalArgumentException.class, () -> tf.mktemp(bad));
            assertThrows(IllegalArgumentException.class, () -> tf.temporaryFile(bad));
            assertThrows(IllegalArgumentException.class, () -> tf.spooledTemporaryFile(0, bad));
            assertThrows(IllegalArgumentException.class, () -> tf.namedTemporaryFile(NamedTempOptions.DEFAULT
                    .withDir(bad.dir()).withPrefix(bad.prefix()).withSuffix(bad.suffix())));
            assertThrows(IllegalArgumentException.class, () -> tf.temporaryDirectory(TempDirOptions.DEFAULT
                    .withDir(bad.dir()).withPrefix(bad.prefix()).withSuffix(bad.suffix())));
        }
        assertEquals(List.of(), os.listdir(dir));
    }
}
