package org.osprey.posix.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class NativeDoorTest {
    private final NativeDoor door = NativeDoor.system();

    /** Only for its class, as a part's key. */
    private static final class Part {
    }

    @Test
    void aPartIsMadeOnceWhateverTheThreads() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Part> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(door.part(Part.class, d -> {
                    made.incrementAndGet();
                    return new Part();
                }));
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, made.get());
        assertEquals(8, seen.size());
        seen.forEach(p -> assertSame(seen.get(0), p));
    }

    @Test
    void aPartThatFailsFailsAlikeAndIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> door.part(Part.class, d -> {
                tries.incrementAndGet();
                throw new IllegalStateException("no such library");
            }));
            assertEquals("no such library", e.getMessage());
        }
        assertEquals(1, tries.get());
    }

    @Test
    void aBindingIsMadeOnFirstUseAndKept() {
        FileCalls calls = door.bind(FileCalls.class, FileCalls::new);
        assertSame(calls, door.bind(FileCalls.class, FileCalls::new));
        calls.sync(); // a real call through the binding
        assertSame(door.errors(), door.errors());
        assertSame(door.natives(), door.natives());
    }
}
