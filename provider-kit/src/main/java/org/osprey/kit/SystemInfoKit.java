package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** sysconf, confstr, the processor count, the load average and urandom, against python3. */
public abstract class SystemInfoKit extends ProviderKit {
    protected SystemInfoKit(OsProvider provider) {
        super(provider);
    }

    /** Values that move while the two processes look. */
    private static final Set<String> CHANGING = Set.of("SC_AVPHYS_PAGES");


    private static Map<String, Long> pythonTable(String dict) {
        Map<String, Long> table = new TreeMap<>();
        for (String line : Python.lines("import os\nfor k, v in os." + dict + ".items(): print(k, v)")) {
            String[] kv = line.split(" ");
            table.put(kv[0], Long.parseLong(kv[1]));
        }
        return table;
    }

    @Test
    void sysconfNamesHoldPythonsWithTheSameNumbers() {
        Map<String, Long> python = pythonTable("sysconf_names");
        Map<String, Integer> ours = os.sysconfNames();
        for (var e : python.entrySet()) {
            assertEquals(e.getValue(), ours.containsKey(e.getKey()) ? ours.get(e.getKey()).longValue() : null,
                    e.getKey());
        }
        assertTrue(ours.containsKey("SC_PHYS_PAGES") && ours.containsKey("SC_HOST_NAME_MAX"));
    }

    @Test
    void confstrNamesHoldPythonsWithTheSameNumbers() {
        Map<String, Long> python = pythonTable("confstr_names");
        Map<String, Integer> ours = os.confstrNames();
        for (var e : python.entrySet()) {
            assertEquals(e.getValue(), ours.containsKey(e.getKey()) ? ours.get(e.getKey()).longValue() : null,
                    e.getKey());
        }
    }

    @Test
    void sysconfValuesMatchPython() throws Exception {
        List<String> names = new ArrayList<>(pythonTable("sysconf_names").keySet());
        names.retainAll(os.sysconfNames().keySet());
        names.removeAll(CHANGING);
        List<String> expected = Python.lines("import os, sys\nfor n in sys.argv[1:]:\n    try:\n"
                + "        print(n, os.sysconf(n))\n    except OSError as e:\n        print(n, 'errno', e.errno)",
                names.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (String n : names) {
            try {
                actual.add(n + " " + os.sysconf(n));
            } catch (OsException e) {
                actual.add(n + " errno " + e.errno());
            }
        }
        assertEquals(expected, actual);
        long pages = os.sysconf("SC_PHYS_PAGES");
        long available = os.sysconf("SC_AVPHYS_PAGES");
        assertTrue(available > 0 && available <= pages, available + " of " + pages);
        assertEquals(os.sysconf("SC_PAGESIZE"), os.sysconf(os.sysconfNames().get("SC_PAGESIZE")));
    }

    @Test
    void confstrValuesMatchPython() throws Exception {
        List<String> names = new ArrayList<>(pythonTable("confstr_names").keySet());
        names.retainAll(os.confstrNames().keySet());
        List<String> expected = Python.lines("import os, sys\nfor n in sys.argv[1:]: print(n, repr(os.confstr(n)))",
                names.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (String n : names) {
            String v = os.confstr(n);
            actual.add(n + " " + (v == null ? "None" : "'" + v + "'"));
        }
        assertEquals(expected, actual);
        assertTrue(os.confstr("CS_PATH").contains("/bin"));
    }

    @Test
    void unknownNamesAreValueErrors() {
        assertThrows(IllegalArgumentException.class, () -> os.sysconf("SC_NO_SUCH_NAME"));
        assertThrows(IllegalArgumentException.class, () -> os.confstr("CS_NO_SUCH_NAME"));
        OsException e = assertThrows(OsException.class, () -> os.sysconf(-12345));
        assertEquals(Python.run("import os\ntry: os.sysconf(-12345)\nexcept OSError as e: print(e.errno)").strip(),
                Integer.toString(e.errno()));
        assertThrows(OsException.class, () -> os.confstr(-12345));
    }

    @Test
    void cpuCountIsPythons() {
        assertEquals(Python.run("import os; print(os.cpu_count())").strip(),
                Integer.toString(os.cpuCount().orElseThrow()));
    }

    @Test
    void loadAverageIsCloseToPythons() throws Exception {
        String[] python = Python.run("import os; print(*os.getloadavg())").strip().split(" ");
        LoadAverage ours = os.getloadavg();
        double[] values = {ours.oneMinute(), ours.fiveMinutes(), ours.fifteenMinutes()};
        for (int i = 0; i < 3; i++) {
            double theirs = Double.parseDouble(python[i]);
            assertTrue(values[i] >= 0 && Math.abs(values[i] - theirs) <= 1 + theirs * 0.5,
                    i + ": " + values[i] + " vs " + theirs);
        }
    }

    @Test
    void urandomGivesTheLengthAskedForAndNeverRepeats() throws Exception {
        assertArrayEquals(new byte[0], os.urandom(0));
        Set<String> seen = new HashSet<>();
        for (int size : new int[] {1, 16, 255, 256, 257, 4095, 4096, 4097, 100_000}) {
            byte[] bytes = os.urandom(size);
            assertEquals(size, bytes.length);
            if (size >= 16) {
                assertTrue(seen.add(HexFormat.of().formatHex(bytes)), "a repeat at " + size);
            }
        }
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(HexFormat.of().formatHex(os.urandom(16))));
        }
        // large fills are random all the way through, not just at the start of each native buffer
        byte[] big = os.urandom(1 << 20);
        int[] counts = new int[256];
        for (byte b : big) {
            counts[b & 0xff]++;
        }
        for (int c : counts) {
            assertTrue(c > 3500 && c < 4700, "byte frequency " + c + " of an expected 4096");
        }
        assertThrows(IllegalArgumentException.class, () -> os.urandom(-1));
    }

    @Test
    @SuppressWarnings("deprecation")
    void statFloatTimesIsAlwaysOn() {
        assertTrue(os.statFloatTimes());
        assertTrue(os.statFloatTimes(true));
        assertThrows(UnsupportedOperationException.class, () -> os.statFloatTimes(false));
        assertTrue(os.statFloatTimes());
    }

    @Test
    void schedulingQueriesMatchPython() throws Exception {
        String expected = Python.run("import os; p = os.getppid(); print(sorted(os.sched_getaffinity(p)), "
                + "os.sched_getscheduler(p), os.sched_getparam(p).sched_priority, "
                + "[(os.sched_get_priority_min(x), os.sched_get_priority_max(x)) for x in "
                + "(os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE)])").strip();
        List<String> ranges = new ArrayList<>();
        for (int policy : new int[] {os.SCHED_OTHER(), os.SCHED_FIFO(), os.SCHED_RR(), os.SCHED_BATCH(),
                os.SCHED_IDLE()}) {
            ranges.add("(" + os.schedGetPriorityMin(policy) + ", " + os.schedGetPriorityMax(policy) + ")");
        }
        assertEquals(expected, os.schedGetaffinity(0) + " " + os.schedGetscheduler(0) + " "
                + os.schedGetparam(0).schedPriority() + " " + ranges);
        os.schedYield();
        assertThrows(OsException.class, () -> os.schedGetPriorityMax(-5));
        assertThrows(OsException.class, () -> os.schedGetaffinity(Integer.MAX_VALUE));
        assertFalse(os.schedGetaffinity(0).isEmpty());
    }

    @Test
    void schedulerChangesInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "scheduler"));
        assertEquals(Integer.toString(os.SCHED_OTHER()), v.get("policy"));
        assertEquals(Integer.toString(os.SCHED_BATCH()), v.get("batch"));
        assertEquals("EINVAL", v.get("badParam"), "SCHED_BATCH takes priority 0 only");
        assertEquals(os.SCHED_RR() + " 1", v.get("rr"));
        assertEquals("2", v.get("param"));
        double interval = Double.parseDouble(v.get("interval"));
        assertTrue(interval > 0 && interval < 10, v.get("interval"));
        assertEquals(os.SCHED_RR() + " 2 " + v.get("interval"), v.get("python"));
    }

    @Test
    void affinityChangeInAChildJvm() throws Exception {
        Map<String, String> v = Child.values(Child.run(provider, "affinity"));
        int first = os.schedGetaffinity(0).iterator().next();
        assertEquals("[" + first + "]", v.get("one"));
        assertEquals("[" + first + "]", v.get("python"), "a child inherits the mask");
    }
}
