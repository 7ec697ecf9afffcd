package org.osprey.posix.proc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jnr.ffi.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.posix.PosixProvider;
import org.osprey.testing.Python;

/** os.environb: the same native environment as os.environ, as bytes; and get_exec_path against python3. */
class EnvironBytesTest {
    /** system(3): a child that inherits the native environment, unlike ProcessBuilder's copy of the JVM's. */
    public interface Shell {
        int system(String command);
    }

    private static final Shell SHELL = LibraryLoader.create(Shell.class).load("c");

    private final Os os = Os.of(new PosixProvider());
    @TempDir
    Path tmp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withInvalid(String s, int invalidByte) {
        byte[] a = bytes(s);
        byte[] b = new byte[a.length + 1];
        System.arraycopy(a, 0, b, 0, a.length);
        b[a.length] = (byte) invalidByte;
        return b;
    }

    /** What a natively started child sees of the variable, as hex, or "unset". */
    private String childSees(byte[] key) throws Exception {
        Path out = tmp.resolve("out");
        // python3 names the key by its hex bytes, so no shell quoting is involved
        int status = SHELL.system("python3 -c 'import os, sys; k = bytes.fromhex(sys.argv[1]); "
                + "print(os.environb[k].hex() if k in os.environb else \"unset\")' " + HexFormat.of().formatHex(key)
                + " > " + out);
        assertEquals(0, status);
        return Files.readString(out).strip();
    }

    @Test
    void undecodableBytesGoThroughEnvironbAndShowAsSurrogatesInEnviron() throws Exception {
        Map<byte[], byte[]> environb = os.environb();
        byte[] key = withInvalid("OSPREY_B\u00e9_", 0xff);
        byte[] value = withInvalid("v\u00e9 ", 0x80);
        String textKey = "OSPREY_B\u00e9_\udcff";
        try {
            assertNull(environb.put(key, value));
            assertEquals("v\u00e9 \udc80", os.environ().get(textKey));
            assertEquals("v\u00e9 \udc80", os.getenv(textKey));
            assertEquals("v\u00e9 \udc80", new PosixProvider().environ().get(textKey), "set natively");
            assertArrayEquals(value, environb.get(key.clone()), "looked up by content");
            assertArrayEquals(value, os.getenvb(key));
            assertTrue(environb.containsKey(key.clone()));
            assertTrue(environb.containsValue(value.clone()));

            os.environ().put(textKey, "text");
            assertArrayEquals(bytes("text"), environb.get(key));
            assertEquals("text", new PosixProvider().environ().get(textKey));
        } finally {
            environb.remove(key);
        }
        assertFalse(os.environ().containsKey(textKey));
        assertFalse(new PosixProvider().environ().containsKey(textKey));
        assertNull(os.getenvb(key));
        assertArrayEquals(bytes("fallback"), os.getenvb(key, bytes("fallback")));
    }

    /** system(3)'s shell drops variables whose names are not shell names, so the child is asked about values. */
    @Test
    void aNativeChildSeesEnvironbChanges() throws Exception {
        Map<byte[], byte[]> environb = os.environb();
        byte[] key = bytes("OSPREY_ENVIRONB_TEST");
        byte[] value = withInvalid("v\u00e9 ", 0x80);
        try {
            environb.put(key, value);
            assertEquals(HexFormat.of().formatHex(value), childSees(key));
            os.environ().put("OSPREY_ENVIRONB_TEST", "text \udcfe");
            assertArrayEquals(withInvalid("text ", 0xfe), environb.get(key));
            assertEquals(HexFormat.of().formatHex(withInvalid("text ", 0xfe)), childSees(key));
        } finally {
            environb.remove(key);
        }
        assertEquals("unset", childSees(key));
    }

    @Test
    void bothViewsHoldTheSameVariables() {
        Map<byte[], byte[]> environb = os.environb();
        assertEquals(os.environ().size(), environb.size());
        for (var e : environb.entrySet()) {
            assertEquals(os.fsdecode(e.getValue()), os.environ().get(os.fsdecode(e.getKey())));
        }
        assertTrue(os.supportsBytesEnviron());
        assertEquals(environb, os.environb(), "views of one store are equal, by content");
        assertEquals(environb.hashCode(), os.environb().hashCode());
    }

    @Test
    void entriesWriteThrough() throws Exception {
        Map<byte[], byte[]> environb = os.environb();
        byte[] key = bytes("OSPREY_ENTRY_TEST");
        environb.put(key, bytes("one"));
        try {
            for (var e : environb.entrySet()) {
                if (Arrays.equals(e.getKey(), key)) {
                    assertArrayEquals(bytes("one"), e.setValue(bytes("two")));
                }
            }
            assertEquals("two", os.environ().get("OSPREY_ENTRY_TEST"));
            assertEquals(HexFormat.of().formatHex(bytes("two")), childSees(key));
            environb.entrySet().removeIf(e -> Arrays.equals(e.getKey(), key));
            assertFalse(os.environ().containsKey("OSPREY_ENTRY_TEST"));
        } finally {
            environb.remove(key);
        }
    }

    @Test
    void badNamesAreValueErrors() {
        Map<byte[], byte[]> environb = os.environb();
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes("A=B"), bytes("x")));
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes(""), bytes("x")));
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes("A"), new byte[] {'x', 0}));
        assertNull(environb.get("a String key"));
    }

    @Test
    void getExecPathMatchesPython() {
        // null: no PATH in the map
        String[] paths = {null, "", ":", "a::b:", "/usr/local/bin:/usr/bin", "::", "rel/dir", "caf\u00e9:/x",
            os.getenv("PATH")};
        List<String> args = new ArrayList<>();
        for (String p : paths) {
            args.add(p == null ? "<none>" : "=" + p);
        }
        List<String> expected = Python.lines("import os, sys\nfor a in sys.argv[1:]:\n"
                + "    env = {} if a == '<none>' else {'PATH': a[1:]}\n"
                + "    print(len(os.get_exec_path(env)), '|'.join(os.get_exec_path(env)))", args.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (String p : paths) {
            Map<String, String> env = new LinkedHashMap<>();
            if (p != null) {
                env.put("PATH", p);
            }
            List<String> dirs = os.getExecPath(env);
            actual.add(dirs.size() + " " + String.join("|", dirs));
        }
        assertEquals(expected, actual);
        // python3 itself may be a wrapper that changes PATH, so the no-argument form is checked against ours
        assertEquals(os.getExecPath(os.environ()), os.getExecPath());
        assertEquals(List.of(System.getenv("PATH").split(":", -1)), os.getExecPath());
    }
}
