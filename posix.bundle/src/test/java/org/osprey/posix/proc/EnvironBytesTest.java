package org.osprey.posix.proc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import jnr.ffi.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.EnvironBytesKit;
import org.osprey.posix.PosixProvider;

/** The kit's environb tests on the POSIX provider, and that its environment is the native one, as bytes. */
class EnvironBytesTest extends EnvironBytesKit {
    /** system(3): a child that inherits the native environment, unlike ProcessBuilder's copy of the JVM's. */
    public interface Shell {
        int system(String command);
    }

    private static final Shell SHELL = LibraryLoader.create(Shell.class).load("c");

    @TempDir
    Path tmp;

    EnvironBytesTest() {
        super(new PosixProvider());
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
            assertEquals("v\u00e9 \udc80", new PosixProvider().environment().environ().get(textKey), "set natively");
            assertArrayEquals(value, environb.get(key.clone()), "looked up by content");
            assertArrayEquals(value, os.getenvb(key));
            assertTrue(environb.containsKey(key.clone()));
            assertTrue(environb.containsValue(value.clone()));

            os.environ().put(textKey, "text");
            assertArrayEquals(bytes("text"), environb.get(key));
            assertEquals("text", new PosixProvider().environment().environ().get(textKey));
        } finally {
            environb.remove(key);
        }
        assertFalse(os.environ().containsKey(textKey));
        assertFalse(new PosixProvider().environment().environ().containsKey(textKey));
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
}
