package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.DirEntry;
import org.osprey.os.Os;
import org.osprey.os.ScandirIterator;

/**
 * Misusing one directory iterator, closing it from another thread while it is being read, harms no other
 * iterator: its reader just sees its listing end, and every other listing made meanwhile is exact.
 */
class CloseRaceTest {
    private static final long BUDGET_NANOS = 3_000_000_000L;
    private static final int MAX_ROUNDS = 5_000;

    private final Os os = Os.of(new PosixProvider());
    @TempDir
    Path tmp;

    /** {@code count} files with long names: a few hundred fill a getdents64 buffer, read slowly by ext4. */
    private Set<String> directory(String name, int count) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            String file = name + "-" + i + "-" + "x".repeat(240);
            Files.createFile(dir.resolve(file));
            names.add(file);
        }
        return names;
    }

    private Set<String> list(String dir) throws Exception {
        Set<String> names = new TreeSet<>();
        try (ScandirIterator it = os.scandir(dir)) {
            for (DirEntry e : it) {
                names.add(e.name());
            }
        }
        return names;
    }

    /** Lists {@code dir} and reports anything but exactly {@code expected}. */
    private void check(String who, String dir, Set<String> expected, Queue<String> harmed) {
        try {
            Set<String> got = list(dir);
            if (!got.equals(expected)) {
                Set<String> foreign = new TreeSet<>(got);
                foreign.removeAll(expected);
                harmed.add(who + " listed " + got.size() + " names instead of " + expected.size()
                        + (foreign.isEmpty() ? "" : ", foreign ones: " + foreign.iterator().next()));
            }
        } catch (Throwable e) {
            harmed.add(who + ": " + e);
        }
    }

    private static List<String> first(Queue<String> failures) {
        List<String> all = new ArrayList<>(failures);
        return all.subList(0, Math.min(3, all.size()));
    }

    /**
     * A reads X over and over; B takes each X, waits a random part of a listing's time and closes it, then makes
     * listings of its own (an outer one open around the close, so that B has no spare buffer and X's is the
     * next one it uses; an inner one right after); C meanwhile lists other directories, so that a descriptor
     * number freed by B's close is soon reused for C's. Stops at the first harm or after the budget.
     */
    @Test
    void closingAnIteratorBeingReadHarmsNoOtherIterator() throws Exception {
        Set<String> big = directory("big", 2000);
        Set<String> inner = directory("inner", 600);
        Set<String> outer = directory("outer", 20);
        String bigDir = tmp.resolve("big").toString();
        String innerDir = tmp.resolve("inner").toString();
        String outerDir = tmp.resolve("outer").toString();

        AtomicBoolean stop = new AtomicBoolean();
        SynchronousQueue<ScandirIterator> handoff = new SynchronousQueue<>();
        AtomicLong readNanos = new AtomicLong(1_000_000);
        Queue<String> harmed = new ConcurrentLinkedQueue<>();
        Queue<String> misused = new ConcurrentLinkedQueue<>();
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger cut = new AtomicInteger();

        Thread a = new Thread(() -> {
            while (!stop.get()) {
                long start = System.nanoTime();
                try (ScandirIterator x = os.scandir(bigDir)) {
                    if (!handoff.offer(x, 10, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    int n = 0;
                    for (; x.hasNext(); n++) {
                        String name = x.next().name();
                        if (!big.contains(name)) {
                            misused.add("A read a name from elsewhere: " + name);
                        }
                    }
                    if (n == big.size()) {
                        readNanos.set(System.nanoTime() - start);
                    } else {
                        cut.incrementAndGet();
                    }
                } catch (Throwable e) {
                    misused.add("A: " + e);
                }
            }
        });
        Thread b = new Thread(() -> {
            while (!stop.get()) {
                ScandirIterator x;
                try {
                    x = handoff.poll(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (x == null) {
                    continue;
                }
                Set<String> names = new TreeSet<>();
                try (ScandirIterator own = os.scandir(outerDir)) {
                    names.add(own.next().name());
                    long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(readNanos.get() + 1);
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    x.close();
                    check("B's inner listing", innerDir, inner, harmed);
                    own.forEachRemaining(e -> names.add(e.name()));
                } catch (Throwable e) {
                    harmed.add("B: " + e);
                }
                if (!names.equals(outer)) {
                    harmed.add("B's outer listing has " + names.size() + " names instead of " + outer.size());
                }
                if (rounds.incrementAndGet() >= MAX_ROUNDS) {
                    stop.set(true);
                }
            }
        });
        Thread c = new Thread(() -> {
            long deadline = System.nanoTime() + BUDGET_NANOS;
            for (int n = 0; !stop.get() && System.nanoTime() < deadline && harmed.isEmpty(); n++) {
                check("C", n % 2 == 0 ? innerDir : outerDir, n % 2 == 0 ? inner : outer, harmed);
                LockSupport.parkNanos(300_000); // leaves A and B the CPU they race on
            }
            stop.set(true);
        });
        a.start();
        b.start();
        c.start();
        c.join();
        a.join();
        b.join();
        assertEquals(List.of(), first(harmed), "other iterators, in " + rounds + " rounds");
        assertEquals(List.of(), first(misused), "the closed iterator's reader");
        assertTrue(cut.get() > 0, "no listing of A was cut short by B's close in " + rounds + " rounds");
    }
}
