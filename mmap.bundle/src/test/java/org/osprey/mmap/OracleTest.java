package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.Python;

/**
 * The same calls on a fresh 16-byte anonymous map here and in CPython 3.13: the same results, the same errors
 * (Python's exception type by the README's mapping) with the same messages.
 */
class OracleTest {
    /** A call on a map holding bytes 0..15, position 0. */
    private interface Call {
        Object on(MemoryMap m) throws Exception;
    }

    private final Mmap mmap = Mmap.of(Os.get());
    /** Python expression (over {@code m}) to the same call here. */
    private final Map<String, Call> cases = new LinkedHashMap<>();

    private void add(String python, Call java) {
        cases.put(python, java);
    }

    private static byte[] b(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    OracleTest() {
        add("m[15]", m -> m.get(15));
        add("m[-16]", m -> m.get(-16));
        add("m[16]", m -> m.get(16));
        add("m[-17]", m -> m.get(-17));
        add("m[3:9:2]", m -> m.get(3, 9, 2));
        add("m[-3:]", m -> m.get(-3, Long.MAX_VALUE));
        add("m[20:30]", m -> m.get(20, 30));
        add("m[::-5]", m -> m.get(Long.MAX_VALUE, Long.MIN_VALUE, -5));
        add("m.__setitem__(0, 256)", m -> {
            m.set(0, 256);
            return null;
        });
        add("m.__setitem__(slice(0, 3), b'ab')", m -> {
            m.set(0, 3, b("ab"));
            return null;
        });
        add("m.__setitem__(slice(1, 8, 3), b'xyz') or m[:]", m -> {
            m.set(1, 8, 3, b("xyz"));
            return m.get(0, 16);
        });
        add("m.find(bytes([3, 4]))", m -> m.find(new byte[] {3, 4}));
        add("m.find(bytes([3]), 4)", m -> m.find(new byte[] {3}, 4));
        add("m.find(b'', 20)", m -> m.find(b(""), 20));
        add("m.rfind(b'', 2, 9)", m -> m.rfind(b(""), 2, 9));
        add("m.rfind(bytes([1]), -16, -14)", m -> m.rfind(new byte[] {1}, -16, -14));
        add("m.seek(5, 1) and m.read(3)", m -> {
            m.seek(5, 1);
            return m.read(3);
        });
        add("m.seek(17)", m -> m.seek(17));
        add("m.seek(-1, 2)", m -> m.seek(-1, 2));
        add("m.seek(0, 3)", m -> m.seek(0, 3));
        add("m.seek(16) and m.read_byte()", m -> {
            m.seek(16);
            return m.readByte();
        });
        add("m.seek(16) and m.write(b'a')", m -> {
            m.seek(16);
            return m.write(b("a"));
        });
        add("m.write(bytes(17))", m -> m.write(new byte[17]));
        add("m.write_byte(256)", m -> {
            m.writeByte(256);
            return null;
        });
        add("m.write_byte(-1)", m -> {
            m.writeByte(-1);
            return null;
        });
        add("m.move(1, 0, 15) or m[:]", m -> {
            m.move(1, 0, 15);
            return m.get(0, 16);
        });
        add("m.move(1, 0, 16)", m -> {
            m.move(1, 0, 16);
            return null;
        });
        add("m.flush(0, 17)", m -> {
            m.flush(0, 17);
            return null;
        });
        add("m.flush(8)", m -> {
            m.flush(8);
            return null;
        });
        add("m.flush(0, 0)", m -> {
            m.flush(0, 0);
            return null;
        });
        add("m.madvise(0, 16)", m -> {
            m.madvise(0, 16);
            return null;
        });
        add("m.madvise(0, 0, -1)", m -> {
            m.madvise(0, 0, -1);
            return null;
        });
        add("m.resize(-1)", m -> {
            m.resize(-1);
            return null;
        });
        add("m.size()", MemoryMap::size);
        add("m.readline()", MemoryMap::readline);
        add("m.read(-1)", m -> m.read(-1));
        add("repr(m)", Object::toString);
        add("m.close() or m.read()", m -> {
            m.close();
            return m.read();
        });
        add("m.close() or m.closed", m -> {
            m.close();
            return m.closed();
        });
        add("m.close() or repr(m)", m -> {
            m.close();
            return m.toString();
        });
    }

    private static String python() {
        StringBuilder script = new StringBuilder("""
                import mmap, sys
                def show(x):
                    if isinstance(x, (bytes, bytearray)): return x.hex()
                    if isinstance(x, bool): return 'true' if x else 'false'
                    return str(x)
                for expr in sys.argv[1:]:
                    m = mmap.mmap(-1, 16)
                    m[:] = bytes(range(16))
                    try:
                        out = show(eval(expr))
                    except Exception as e:
                        out = type(e).__name__ + ': ' + str(e)
                    print(out)
                """);
        return script.toString();
    }

    private static String show(Object x) {
        if (x instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return x == null ? "None" : String.valueOf(x);
    }

    /** Python's name of the exception this one stands for (README's Python → Java table). */
    private static String pythonName(Exception e) {
        if (e instanceof OsException os) {
            return "OSError: " + e.getMessage();
        }
        String type = e instanceof IndexOutOfBoundsException ? "IndexError"
                : e instanceof AccessModeException ? "TypeError"
                : e instanceof IllegalArgumentException ? "ValueError"
                : e instanceof IllegalStateException ? "BufferError"
                : e instanceof ArithmeticException ? "OverflowError" : e.getClass().getName();
        return type + ": " + e.getMessage();
    }

    @Test
    void sameAnswersAsCPython313() throws Exception {
        List<String> exprs = new ArrayList<>(cases.keySet());
        List<String> expected = Python.require313().lines(python(), exprs.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (Call call : cases.values()) {
            MemoryMap m = mmap.mmap(-1, 16);
            byte[] data = new byte[16];
            for (int i = 0; i < 16; i++) {
                data[i] = (byte) i;
            }
            m.set(0, 16, data);
            try {
                actual.add(show(call.on(m)));
            } catch (Exception e) {
                actual.add(pythonName(e));
            } finally {
                m.close();
            }
        }
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            want.add(exprs.get(i) + " -> " + expected.get(i));
            got.add(exprs.get(i) + " -> " + actual.get(i));
        }
        assertEquals(String.join("\n", want), String.join("\n", got));
    }
}
