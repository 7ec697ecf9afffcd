package org.osprey.posix.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jffi's JNI stub is copied once into a private per-user cache and loaded from there; each case starts a JVM of
 * its own, since a JVM loads the stub only once.
 */
class JffiStubTest {
    @TempDir
    Path tmp;

    /** What a child JVM prints: its pid through the provider, and jffi's boot path property after loading. */
    public static final class Child {
        public static void main(String[] args) {
            System.out.println(org.osprey.os.Os.of(new org.osprey.posix.PosixProvider()).getpid() + " " + System.getProperty("jffi.boot.library.path"));
        }
    }

    /** What a child JVM prints when it asks jffi's stub loader alone, with no boot path set: loaded, and why not. */
    public static final class StubChild {
        public static void main(String[] args) {
            Throwable why = com.kenai.jffi.internal.StubLoader.getFailureCause();
            System.out.println(com.kenai.jffi.internal.StubLoader.isLoaded() + " " + (why == null ? null
                    : why.getMessage() + (why.getCause() == null ? "" : " / " + why.getCause().getMessage())));
        }
    }

    /** The child's output and how many files it left in its {@code java.io.tmpdir}. */
    private List<String> run(Path cache, String... properties) throws IOException, InterruptedException {
        return run(Child.class, cache, properties);
    }

    private List<String> run(Class<?> main, Path cache, String... options) throws IOException, InterruptedException {
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-D" + JffiStub.CACHE_PROPERTY + "=" + cache,
                "-Djava.io.tmpdir=" + javaTmp, "-Xlog:disable"));
        command.addAll(List.of(options));
        command.add(main.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        try (Stream<Path> left = Files.list(javaTmp)) {
            return List.of(out, String.valueOf(left.count()));
        }
    }

    @Test
    void withoutAStubTheLoaderSaysWhereItLooked() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        String out = run(StubChild.class, tmp.resolve("cache"), "-Djava.library.path=" + empty).get(0);
        assertTrue(out.startsWith("false "), out);
        assertTrue(out.contains("neither jffi.boot.library.path nor java.library.path"), out);
    }

    @Test
    void aStubThatDoesNotLoadIsNamedWithTheLinkersReason() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Path stub = Files.writeString(dir.resolve(System.mapLibraryName("jffi-1.2")), "not a shared library");
        String out = run(StubChild.class, tmp.resolve("cache"), "-Djffi.boot.library.path=" + dir,
                "-Djava.library.path=" + tmp.resolve("none")).get(0);
        // the JVM may warn first about the file it tried (its stack guard check)
        String last = out.substring(out.lastIndexOf('\n') + 1);
        assertTrue(last.startsWith("false jffi's stub did not load from " + stub + " / "), out);
    }

    @Test
    void theStubIsCopiedOnceIntoAnOwnerOnlyDirectoryAndLoadedFromThere() throws Exception {
        Path cache = tmp.resolve("cache");
        List<String> first = run(cache);
        assertTrue(first.get(0).endsWith(" null"), "the boot path is set only while jffi loads: " + first);
        Path dir;
        try (Stream<Path> dirs = Files.list(cache)) {
            dir = dirs.filter(d -> d.getFileName().toString().startsWith("jffi-")).findFirst().orElseThrow();
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Path stub = dir.resolve(JffiStub.library());
        assertTrue(Files.isRegularFile(stub));
        long copied = Files.getLastModifiedTime(stub).toMillis();
        Thread.sleep(20);
        run(cache);
        assertEquals(copied, Files.getLastModifiedTime(stub).toMillis(), "a second start copies nothing");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial copy is left beside the stub");
        }
    }

    @Test
    void aCacheOthersMayWriteIsNotUsed() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("shared"));
        // the directory this jffi would use, made writable by anyone before the first start
        run(tmp.resolve("probe"));
        String name;
        try (Stream<Path> dirs = Files.list(tmp.resolve("probe"))) {
            name = dirs.findFirst().orElseThrow().getFileName().toString();
        }
        Path open = Files.createDirectory(cache.resolve(name));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> out = run(cache);
        assertTrue(out.get(0).matches("\\d+ null"), "the provider still works, through a temporary copy: " + out);
        assertFalse(Files.exists(open.resolve(JffiStub.library())), "nothing is written into it");
        assertEquals("0", out.get(1), "the temporary copy is removed once loaded");
    }

    @Test
    void jffisExtractDirectoryGetsATemporaryCopyInsteadOfTheCache() throws Exception {
        Path extract = Files.createDirectories(tmp.resolve("extract"));
        List<String> out = run(tmp.resolve("unused"), "-Djffi.extract.dir=" + extract);
        assertTrue(out.get(0).matches("\\d+ null"), out.toString());
        assertFalse(Files.exists(tmp.resolve("unused")), "the cache is not used");
        try (Stream<Path> left = Files.list(extract)) {
            assertEquals(0, left.count(), "the copy is removed once loaded");
        }
    }
}
