package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;

import jnr.ffi.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.EnvironKit;

/** The kit's environ tests on the POSIX provider, and that its environment is the native one: what a child
 * started natively (libc's system) inherits. */
class EnvironTest extends EnvironKit {
    /** system(3): a child process that inherits the native environment, unlike ProcessBuilder's copy. */
    public interface Shell {
        int system(String command);
    }

    private static final Shell SHELL = LibraryLoader.create(Shell.class).load("c");
    private static final String KEY = "OSPREY_ENVIRON_TEST";

    @TempDir
    Path tmp;

    EnvironTest() {
        super(new PosixProvider());
    }

    private String childSees(String key) throws Exception {
        Path out = tmp.resolve("out");
        int status = SHELL.system("if [ -n \"${" + key + "+set}\" ]; then printf %s \"$" + key + "\" | od -An -tx1 > "
                + out + "; else echo unset > " + out + "; fi");
        assertEquals(0, status);
        return Files.readString(out).replaceAll("\\s", "");
    }

    @Test
    void putAndRemoveReachTheNativeEnvironment() throws Exception {
        Map<String, String> env = os.environ();
        try {
            env.put(KEY, "caf\u00e9 \udcff");
            assertEquals("caf\u00e9 \udcff", env.get(KEY));
            assertEquals(HexFormat.of().formatHex("caf\u00e9 ".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "ff", childSees(KEY));
        } finally {
            env.remove(KEY);
        }
        assertNull(env.get(KEY));
        assertEquals("unset", childSees(KEY));
    }
}
