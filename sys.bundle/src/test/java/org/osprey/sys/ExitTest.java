package org.osprey.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code sys.exit}, the exit functions, {@code argv} and the standard streams, each watched from outside: in a
 * JVM of its own running {@link ExitChild}, since exiting would end the test's JVM.
 */
class ExitTest {
    private record Outcome(int status, String stdout, String stderr) {
    }

    private static Outcome child(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExitChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Outcome(p.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    @Test
    void exitRunsTheExitFunctionsLastFirstThenEndsWithTheStatus() throws Exception {
        Outcome o = child(List.of(), "status", "a b", "", "-x");
        assertEquals(3, o.status());
        assertEquals(List.of("argv [" + ExitChild.class.getName() + ", status, a b, , -x]", "last registered",
                "first registered"), o.stdout().lines().toList());
        assertTrue(o.stderr().contains("Exception ignored in atexit callback")
                && o.stderr().contains("IllegalStateException: boom"), o.stderr());
    }

    @Test
    void exitWithAMessagePrintsItAndEndsWithOne() throws Exception {
        Outcome o = child(List.of(), "message");
        assertEquals(1, o.status());
        assertEquals(List.of("last registered", "first registered"), o.stdout().lines().toList());
        assertTrue(o.stderr().startsWith("bad things\n"), o.stderr());
    }

    @Test
    void theExitFunctionsRunWhenMainReturns() throws Exception {
        Outcome o = child(List.of(), "return");
        assertEquals(0, o.status());
        assertEquals(List.of("main returns", "last registered", "first registered"), o.stdout().lines().toList());
    }

    @Test
    void theOriginalStdoutIsDescriptorOneAndTheDefaultEncodingTheJvmsCharset() throws Exception {
        Outcome o = child(List.of("-Dfile.encoding=ISO-8859-1"), "streams");
        assertEquals(List.of("to descriptor 1", "defaultencoding iso8859-1", "last registered", "first registered"),
                o.stdout().lines().toList());
    }
}
