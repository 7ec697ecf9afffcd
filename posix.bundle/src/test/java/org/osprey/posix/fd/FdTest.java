package org.osprey.posix.fd;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.osprey.kit.FdKit;
import org.osprey.os.FdChannel;
import org.osprey.os.Pipe;
import org.osprey.posix.PosixProvider;
import org.osprey.posix.natives.NativeDoor;

/** The kit's descriptor tests on the POSIX provider, and those of its own natives: openpty's steps, buffers, close. */
class FdTest extends FdKit {
    FdTest() {
        super(new PosixProvider());
    }

    @Test
    void thePosixOpenptyStepsGiveAWorkingPair() throws Exception {
        FdOps ops = new FdOps(NativeDoor.system());
        int[] pair = ops.openptyPosix(); // macOS's path, also runnable here
        track(pair[0]);
        track(pair[1]);
        assertTrue(os.isatty(pair[1]));
        assertFalse(os.getInheritable(pair[0]));
        assertFalse(os.getInheritable(pair[1]));
        assertEquals(os.fstat(pair[1]).rdev(), os.stat(os.ttyname(pair[1])).rdev());
        os.write(pair[1], "pong\n".getBytes(UTF_8));
        assertEquals("pong", new String(os.read(pair[0], 100), UTF_8).strip());
    }

    @Test
    void threadsDoingHeapBufferIoDoNotMixTheirBytes() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                try {
                    int fd = create("thread" + id);
                    Random random = new Random(id);
                    for (int i = 0; i < 200; i++) {
                        byte[] data = new byte[random.nextInt(100_000)]; // both sides of the 64 KiB staging area
                        random.nextBytes(data);
                        assertEquals(data.length, os.pwrite(fd, data, 0));
                        byte[] back = new byte[data.length];
                        assertEquals(data.length, os.pread(fd, back, 0, back.length, 0));
                        assertArrayEquals(data, back);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }

    /** Whether {@code t} is inside a native call made from {@code method} of {@code type}. */
    private static boolean inNativeCall(Thread t, Class<?> type, String method) {
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length > 0 && stack[0].isNativeMethod() && java.util.Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().equals(type.getName()) && f.getMethodName().equals(method));
    }

    /**
     * A close while another thread waits in a read returns at once, and the descriptor is closed as the read
     * returns: never while a call may still use its number, which another open could take meanwhile.
     */
    @Test
    void closingAChannelDuringABlockedReadClosesTheDescriptorAfterTheRead() throws Exception {
        Pipe pipe = os.pipe();
        track(pipe.write());
        String target = org.osprey.testing.OpenFds.target(pipe.read());
        FdChannel ch = os.fdopen(pipe.read());
        ByteBuffer got = ByteBuffer.allocate(4);
        int[] read = {0};
        Thread reader = new Thread(() -> {
            try {
                read[0] = ch.read(got);
            } catch (Exception e) {
                read[0] = -2;
            }
        });
        reader.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!inNativeCall(reader, FdChannel.class, "read") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(inNativeCall(reader, FdChannel.class, "read"), "the reader waits in read(2)");
        ch.close();
        assertFalse(ch.isOpen());
        assertThrows(java.nio.channels.ClosedChannelException.class, () -> ch.read(ByteBuffer.allocate(1)));
        assertEquals(target, org.osprey.testing.OpenFds.target(pipe.read()), "open while the read goes on");
        os.write(pipe.write(), "ab".getBytes(UTF_8));
        reader.join();
        assertEquals(2, read[0]);
        assertEquals("ab", new String(got.array(), 0, 2, UTF_8));
        assertFalse(target.equals(org.osprey.testing.OpenFds.target(pipe.read())), "closed as the read returned");
    }
}
