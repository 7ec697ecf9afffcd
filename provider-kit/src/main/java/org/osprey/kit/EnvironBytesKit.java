package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** os.environb: the same environment as os.environ, as bytes; and get_exec_path against python3. */
public abstract class EnvironBytesKit extends ProviderKit {
    protected EnvironBytesKit(OsProvider provider) {
        super(provider);
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bothViewsHoldTheSameVariables() {
        Map<byte[], byte[]> environb = os.environb();
        assertEquals(os.environ().size(), environb.size());
        for (var e : environb.entrySet()) {
            assertEquals(os.fsdecode(e.getValue()), os.environ().get(os.fsdecode(e.getKey())));
        }
        assertTrue(os.supportsBytesEnviron());
        assertEquals(environb, os.environb(), "views of one store are equal, by content");
        assertEquals(environb.hashCode(), os.environb().hashCode());
    }

    @Test
    void badNamesAreValueErrors() {
        Map<byte[], byte[]> environb = os.environb();
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes("A=B"), bytes("x")));
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes(""), bytes("x")));
        assertThrows(IllegalArgumentException.class, () -> environb.put(bytes("A"), new byte[] {'x', 0}));
        assertNull(environb.get("a String key"));
    }

    @Test
    void getExecPathMatchesPython() {
        // null: no PATH in the map
        String[] paths = {null, "", ":", "a::b:", "/usr/local/bin:/usr/bin", "::", "rel/dir", "caf\u00e9:/x",
            os.getenv("PATH")};
        List<String> args = new ArrayList<>();
        for (String p : paths) {
            args.add(p == null ? "<none>" : "=" + p);
        }
        List<String> expected = Python.lines("import os, sys\nfor a in sys.argv[1:]:\n"
                + "    env = {} if a == '<none>' else {'PATH': a[1:]}\n"
                + "    print(len(os.get_exec_path(env)), '|'.join(os.get_exec_path(env)))", args.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (String p : paths) {
            Map<String, String> env = new LinkedHashMap<>();
            if (p != null) {
                env.put("PATH", p);
            }
            List<String> dirs = os.getExecPath(env);
            actual.add(dirs.size() + " " + String.join("|", dirs));
        }
        assertEquals(expected, actual);
        // python3 itself may be a wrapper that changes PATH, so the no-argument form is checked against ours
        assertEquals(os.getExecPath(os.environ()), os.getExecPath());
        assertEquals(List.of(System.getenv("PATH").split(":", -1)), os.getExecPath());
    }
}
