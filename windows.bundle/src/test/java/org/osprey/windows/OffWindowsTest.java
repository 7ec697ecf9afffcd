package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.NoProviderException;
import org.osprey.os.Os;
import org.osprey.os.Platform;
import org.osprey.os.internal.ProviderChoice;
import org.osprey.os.spi.OsProvider;

/**
 * The Windows provider where it cannot serve: it says so and why, it is never chosen, forcing it fails with its
 * reason, and building it and asking load no Windows library.
 */
@DisabledOnOs(OS.WINDOWS)
class OffWindowsTest {
    private static final String WHY = "Windows provider: this is " + System.getProperty("os.name")
            + "; it calls Kernel32 and the UCRT (ucrtbase.dll), which only Windows has";

    @Test
    void isUnusableAndSaysWhy() {
        WindowsProvider provider = new WindowsProvider();
        assertFalse(provider.isUsable());
        assertEquals(Optional.of(WHY), provider.unusableReason());
        assertEquals("windows (jna) (unusable: " + WHY + ")", provider.toString());
        assertEquals(OsProvider.RANK_NATIVE, provider.rank());
        assertEquals(Platform.NT, provider.platform());
    }

    @Test
    void servesWindowsOnItsTwoArchitecturesOnly() {
        assertNull(Host.whyUnusable("Windows 11", "amd64"));
        assertNull(Host.whyUnusable("Windows Server 2022", "aarch64"));
        assertEquals("Windows provider: this is Windows on x86; it serves windows-x86_64 and windows-aarch64 (its "
                + "structure layouts are the 64-bit ones)", Host.whyUnusable("Windows 10", "x86"));
        assertEquals("Windows provider: this is Mac OS X; it calls Kernel32 and the UCRT (ucrtbase.dll), which only "
                + "Windows has", Host.whyUnusable("Mac OS X", "aarch64"));
    }

    @Test
    void isNeverChosenAndForcingItFailsWithItsReason() {
        NoProviderException none = assertThrows(NoProviderException.class,
                () -> ProviderChoice.choose(List.of(new WindowsProvider()), null));
        assertTrue(none.getMessage().contains("\"windows (jna)\" (" + WindowsProvider.class.getName()
                + ", not usable here: " + WHY + ")"), none.getMessage());
        NoProviderException forced = assertThrows(NoProviderException.class,
                () -> ProviderChoice.choose(List.of(new WindowsProvider()), "windows"));
        assertTrue(forced.getMessage().startsWith("The system property osprey.provider asks for the Osprey provider "
                + "\"windows\", but the providers it names are not usable"), forced.getMessage());
        assertTrue(forced.getMessage().contains(WHY), forced.getMessage());
    }

    @Test
    void osOfRefusesItWithItsReason() {
        NoProviderException e = assertThrows(NoProviderException.class, () -> Os.of(new WindowsProvider()));
        assertTrue(e.getMessage().startsWith("The Osprey provider \"windows (jna)\" (" + WindowsProvider.class.getName()
                + ") is not usable on "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": " + WHY), e.getMessage());
    }

    /** As a user's JVM sees it: the provider found by ServiceLoader, {@code -Dosprey.provider=windows}. */
    @Test
    void theSystemPropertyCannotForceIt(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + OsProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, WindowsProvider.class.getName() + "\n"); // what bnd writes into the jar
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dosprey.provider=windows", "-cp", dir + File.pathSeparator + System.getProperty("java.class.path"),
                ForcedChild.class.getName()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        assertTrue(out.startsWith(NoProviderException.class.getName() + ": The system property osprey.provider asks "
                + "for the Osprey provider \"windows\""), out);
        assertTrue(out.contains(WHY), out);
    }

    /** The child JVM of {@link #theSystemPropertyCannotForceIt}: prints what {@code Os.get()} throws. */
    static final class ForcedChild {
        public static void main(String[] args) {
            try {
                System.out.println("chose " + Os.get().providerId());
            } catch (NoProviderException e) {
                System.out.println(e);
            }
        }
    }

    /**
     * Built and asked everything a chooser asks, the provider loads no JNA Windows mapping: its classes are loaded
     * here by a loader of their own, which then says which classes it loaded.
     */
    @Test
    void buildingAndAskingLoadNoWindowsLibrary() throws Exception {
        List<URL> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(Path.of(entry).toUri().toURL());
        }
        try (Isolated loader = new Isolated(path.toArray(URL[]::new))) {
            Class<?> type = loader.loadClass(WindowsProvider.class.getName());
            Object provider = type.getConstructor().newInstance();
            for (String question : List.of("isUsable", "unusableReason", "id", "rank", "platform", "supports",
                    "toString", "files", "descriptors", "environment")) {
                type.getMethod(question).invoke(provider);
            }
            assertTrue(loader.loaded(WindowsFiles.class.getName()), "the facets were built by this loader");
            for (String windows : List.of("com.sun.jna.platform.win32.Kernel32", "com.sun.jna.platform.win32.WinNT",
                    Kernel.class.getName(), Ucrt.class.getName(), "com.sun.jna.Native")) {
                assertFalse(loader.loaded(windows), windows + " was loaded");
            }
        }
    }

    /** Loads every class itself (but the JDK's), so that it knows which it loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] path) {
            super(path, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
