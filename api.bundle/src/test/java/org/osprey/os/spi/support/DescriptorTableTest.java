package org.osprey.os.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.osprey.os.OsException;

class DescriptorTableTest {
    private final DescriptorTable<String> table = new DescriptorTable<>(3, NioErrors.LINUX);

    @Test
    void lowestFreeNumberFirst() throws OsException {
        assertEquals(3, table.add("a"));
        assertEquals(4, table.add("b"));
        assertEquals(5, table.add("c"));
        assertEquals("a", table.remove(3));
        assertEquals(3, table.add("d"), "a closed number is the lowest free again");
        assertEquals(6, table.add("e"));
        assertEquals("d", table.get(3));
    }

    @Test
    void unknownNumberIsEbadf() {
        OsException e = assertThrows(OsException.class, () -> table.get(3));
        assertEquals(9, e.errno());
        assertEquals("Bad file descriptor", e.strerror());
        assertEquals(9, assertThrows(OsException.class, () -> table.remove(42)).errno());
    }

    @Test
    void putReplacesAsDup2Does() throws OsException {
        int fd = table.add("a");
        assertEquals(Optional.of("a"), table.put(fd, "b"));
        assertEquals(Optional.empty(), table.put(10, "c"));
        assertEquals("b", table.get(fd));
        assertTrue(table.isOpen(10));
        assertEquals(5 - 3, table.size());
        assertEquals(4, table.add("d"), "numbers below a put one are still handed out");
        table.remove(10);
        assertFalse(table.isOpen(10));
    }

    @Test
    void concurrentOpensGetDistinctNumbers() throws InterruptedException {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    seen.add(table.add("x"));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(2000, seen.size());
        assertEquals(2000, table.size());
    }

    @Test
    void openBetweenListsTheOpenNumbersInARange() throws Exception {
        DescriptorTable<String> table = new DescriptorTable<>(1 << 30, NioErrors.LINUX);
        int a = table.add("a");
        int b = table.add("b");
        table.put(5, "five");
        table.remove(a);
        assertEquals(java.util.List.of(5, b), java.util.List.copyOf(table.openBetween(0, Integer.MAX_VALUE)));
        assertEquals(java.util.List.of(5), java.util.List.copyOf(table.openBetween(0, b)));
        assertEquals(1 << 30, a, "the first number is the table's lowest");
    }
}
