package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osprey.kit.DirFdKit;

/** The kit's dir_fd tests on the POSIX provider, which has the *at calls of every platform it runs on. */
class DirFdTest extends DirFdKit {
    DirFdTest() {
        super(new PosixProvider());
    }

    @Test
    void supportsDirFdListsTheCallsEveryPlatformHas() {
        assertTrue(os.supports().dirFd().containsAll(List.of("stat", "mkdir", "unlink", "rename", "open")));
    }
}
