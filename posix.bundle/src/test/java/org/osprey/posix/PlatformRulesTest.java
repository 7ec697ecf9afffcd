package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.os.EnvironKeys;
import org.osprey.os.FsEncoding;
import org.osprey.os.Os;
import org.osprey.os.Platform;
import org.osprey.os.UnicodeDecodeException;
import org.osprey.os.UnicodeEncodeException;
import org.osprey.os.spi.OsProvider;

/**
 * The file system encoding and the environment's key rules are the provider's platform's: the POSIX provider's are
 * POSIX's, and the same real provider described with Windows' rules makes {@code os} follow those, on the real
 * native environment.
 */
class PlatformRulesTest {
    private static final String MIXED = "osprey_Platform_Rules_Test";
    private static final String UPPER = "OSPREY_PLATFORM_RULES_TEST";

    private final Os posix = Os.of(new PosixProvider());

    /** The POSIX provider as a platform with POSIX's paths and Windows' encoding and environment keys. */
    private static Os withWindowsRules() {
        OsProvider real = new PosixProvider();
        Platform p = Platform.POSIX;
        Platform windowsRules = new Platform(p.name(), p.sep(), p.altsep(), p.pathsep(), p.linesep(), p.devnull(),
                p.curdir(), p.pardir(), p.extsep(), p.defpath(), FsEncoding.WINDOWS, EnvironKeys.WINDOWS);
        return Os.of((OsProvider) Proxy.newProxyInstance(OsProvider.class.getClassLoader(),
                new Class<?>[] {OsProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("platform")) {
                        return windowsRules;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    @Test
    void thePosixProviderHasPosixRules() {
        assertEquals(FsEncoding.POSIX, posix.platform().fsEncoding());
        assertEquals(EnvironKeys.POSIX, posix.platform().environKeys());
        assertEquals("\udcff", posix.fsdecode(new byte[] {(byte) 0xff}));
        assertThrows(UnicodeEncodeException.class, () -> posix.fsencode("\ud800"));
        assertThrows(IllegalArgumentException.class, () -> posix.environ().put("=C:", "x"));
    }

    @Test
    void fsencodeAndFsdecodeFollowThePlatform() {
        Os os = withWindowsRules();
        assertArrayEquals(HexFormat.of().parseHex("eda080"), os.fsencode("\ud800"));
        assertEquals("\ud800", os.fsdecode(HexFormat.of().parseHex("eda080")));
        assertThrows(UnicodeDecodeException.class, () -> os.fsdecode(new byte[] {(byte) 0xff}));
    }

    /** The native environment as it is now: os.environ is read once per {@code Os}, as Python's is. */
    private static String nativeValue(String name) {
        return Os.of(new PosixProvider()).getenv(name);
    }

    @Test
    void environKeysFollowThePlatform() throws Exception {
        try {
            posix.putenv(MIXED, "mixed"); // natively, a name in mixed case
            Os os = withWindowsRules();
            Map<String, String> env = os.environ();
            assertEquals("mixed", env.get(MIXED.toLowerCase()), "found whatever its case");
            assertTrue(env.containsKey(UPPER));
            assertTrue(env.keySet().contains(UPPER), "kept upper-cased, as Python's os.environ on Windows");
            assertTrue(env.keySet().stream().noneMatch(k -> !k.equals(k.toUpperCase(java.util.Locale.ROOT))),
                    env.keySet().toString());
            env.put(MIXED, "set");
            assertEquals("set", nativeValue(UPPER), "set natively under the upper-cased name");
            assertEquals("mixed", nativeValue(MIXED), "the mixed-case native variable is another one");
            env.remove("Osprey_platform_rules_test");
            assertNull(nativeValue(UPPER));
            assertNull(env.get(UPPER));
        } finally {
            posix.unsetenv(MIXED);
            posix.unsetenv(UPPER);
        }
    }
}
