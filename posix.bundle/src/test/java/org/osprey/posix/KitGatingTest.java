package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.osprey.kit.ProviderKit;
import org.osprey.os.FileNotFoundOsException;

/**
 * The kit's gate on a real provider: what the provider lacks becomes a skip naming the function, what it has
 * runs, and its errors still fail.
 */
class KitGatingTest extends ProviderKit {
    @TempDir
    Path tmp;

    KitGatingTest() {
        super(new PosixProvider());
    }

    @Test
    void anUnsupportedFunctionIsASkipNamingIt() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Linux has no lchmod");
        var skip = assertThrows(TestAbortedException.class,
                () -> supported().run("lchmod", () -> os.lchmod(tmp.toString(), 0700)));
        assertTrue(skip.getMessage().contains("does not support os.lchmod"), skip.getMessage());
        assertTrue(skip.getCause() instanceof UnsupportedOperationException);
    }

    @Test
    void aSupportedFunctionRunsAndItsErrorsPassThrough() throws Exception {
        assertEquals(os.stat(tmp.toString()), supported().call("stat", () -> os.stat(tmp.toString())));
        String missing = tmp.resolve("missing").toString();
        var e = assertThrows(FileNotFoundOsException.class, () -> supported().run("stat", () -> os.stat(missing)));
        assertEquals(missing, e.filename());
    }

    @Test
    void theSupportsSetsGateByName() {
        supported().dirFd("stat", "open");
        supported().fd("stat");
        supported().followSymlinks("stat");
        supported().effectiveIds("access");
        var skip = assertThrows(TestAbortedException.class, () -> supported().dirFd("stat", "replace"));
        assertTrue(skip.getMessage().contains("does not list replace in os.supports_dir_fd"), skip.getMessage());
    }
}
