package org.osprey.posix.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.os.Pipe;
import org.osprey.os.SpawnAction;
import org.osprey.os.SpawnOptions;
import org.osprey.posix.PosixProvider;
import org.osprey.posix.natives.ChildCalls;
import org.osprey.posix.natives.NativeDoor;

/**
 * {@code CloseFrom} where the C library has no {@code posix_spawn_file_actions_addclosefrom_np} (before glibc
 * 2.34, macOS): tried here, where glibc has it, by building the file actions without it.
 */
class CloseFromFallbackTest {
    private final Os os = Os.of(new PosixProvider());

    @Test
    void closeFromClosesEachOpenOrMadeDescriptorFromTheNumberOn() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "Linux's /proc");
        NativeDoor door = NativeDoor.system();
        ChildCalls calls = door.bind(ChildCalls.class, ChildCalls::new, ChildCalls.OPTIONAL);
        ProcSide p = ProcSide.of(door);
        int inheritable = os.open("/dev/null", os.O_RDONLY());
        Pipe pipe = os.pipe();
        long pid;
        try {
            os.setInheritable(inheritable, true);
            assertTrue(inheritable > 3);
            List<SpawnAction> actions = List.of(SpawnAction.dup2(pipe.write(), 1), SpawnAction.dup2(1, 3),
                    SpawnAction.dup2(1, 60), SpawnAction.closeFrom(4));
            try (SpawnFileActions a = SpawnFileActions.of(actions, -1, -1, calls, p, false);
                    SpawnAttributes attributes = SpawnAttributes.of(SpawnOptions.defaults(), calls, p)) {
                pid = Children.of(door).start(new ProgramImage("/bin/sh", List.of("sh", "-c",
                        "ls /proc/$$/fd; true"), null), a, attributes, false, "/bin/sh");
            }
        } finally {
            os.close(pipe.write());
            os.close(inheritable);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] b; (b = os.read(pipe.read(), 4096)).length > 0; ) {
            out.writeBytes(b);
        }
        os.close(pipe.read());
        assertEquals(0, os.waitstatusToExitcode(os.waitpid(pid, 0).status()));
        List<Integer> fds = Stream.of(out.toString(StandardCharsets.UTF_8).trim().split("\n")).map(Integer::valueOf)
                .sorted().toList();
        assertEquals(List.of(0, 1, 2, 3), fds);
    }
}
