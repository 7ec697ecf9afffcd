package org.osprey.subprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;

/** No zombie and no descriptor left behind, after thousands of starts, failed ones and dropped Popens included. */
class LeakTest {
    private final Subprocess sp = Subprocess.of(Os.get());

    @Test
    void thousandsOfStartsLeaveNothing() throws Exception {
        assumeTrue(OpenFds.available(), "Linux's /proc");
        round(); // binds the native calls first
        List<String> fds = OpenFds.described();
        List<String> children = OpenFds.children();
        for (int i = 0; i < 1000; i++) { // 3,000 starts, 2,000 of them failing
            round();
        }
        assertEquals(children, OpenFds.children());
        assertEquals(List.of(), OpenFds.openedSince(fds));
    }

    private void round() throws Exception {
        sp.run(List.of("echo", "x"), RunOptions.bytes().withCaptureOutput().withInput(new byte[1]));
        assertThrows(FileNotFoundOsException.class,
                () -> sp.popen(List.of("/no/such"), PopenOptions.bytes().stdin(Redirect.PIPE).stdout(Redirect.PIPE)
                        .stderr(Redirect.PIPE)));
        assertThrows(FileNotFoundOsException.class,
                () -> sp.popen(List.of("true"), PopenOptions.bytes().cwd("/no/such/dir").stdout(Redirect.PIPE)));
    }

    @Test
    void aDroppedPopenIsReapedLater() throws Exception {
        assumeTrue(OpenFds.available(), "Linux's /proc");
        List<String> before = OpenFds.children();
        long pid = dropped();
        for (int i = 0; i < 100 && OpenFds.children().contains(Long.toString(pid)); i++) {
            System.gc();
            Thread.sleep(20);
            sp.call(List.of("true")); // each start reaps the abandoned children, as CPython's _cleanup
        }
        assertEquals(before, OpenFds.children());
    }

    private long dropped() throws Exception {
        return sp.popen(List.of("true"), PopenOptions.bytes().stdout(Redirect.PIPE)).pid();
    }
}
