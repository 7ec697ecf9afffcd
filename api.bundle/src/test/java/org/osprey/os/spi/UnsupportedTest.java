package org.osprey.os.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The refusal names the Python function as Python spells it: os's by its name, another module's qualified. */
class UnsupportedTest {
    @Test
    void osFunctionsGetTheirModuleAndOthersKeepTheirs() {
        assertEquals("os.lchmod is not available from this provider", Unsupported.of("lchmod").getMessage());
        assertEquals("os.posix_spawn(scheduler=...) is not available: no sched_setscheduler",
                Unsupported.of("posix_spawn(scheduler=...)", "no sched_setscheduler").getMessage());
        assertEquals("_winapi.CreateProcess is not available: Windows only",
                Unsupported.of("_winapi.CreateProcess", "Windows only").getMessage());
        assertEquals("msvcrt.get_osfhandle is not available from this provider",
                Unsupported.of("msvcrt.get_osfhandle").getMessage());
    }
}
