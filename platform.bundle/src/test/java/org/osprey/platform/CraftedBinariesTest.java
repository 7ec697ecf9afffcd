package org.osprey.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.Python;

/**
 * Headers and C library strings written by hand: ELF headers of every class, byte order and type, and strings a
 * chunked reader could split, against CPython 3.13's answers for the same files; Mach-O and PE headers, where
 * CPython's answer is {@code file(1)}'s wording rather than the header, against the header.
 */
class CraftedBinariesTest {
    private final Platform platform = Platform.get();
    @TempDir
    Path dir;

    private static byte[] elf(int elfClass, int data, int type) {
        ByteBuffer b = ByteBuffer.allocate(64).order(data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) elfClass, (byte) data, 1});
        b.position(16);
        b.putShort((short) type).putShort((short) (elfClass == 2 ? 62 : 3)).putInt(1);
        return b.array();
    }

    private static String repr(Architecture a) {
        return "('" + a.bits() + "', '" + a.linkage() + "')";
    }

    @Test
    void elfHeadersAsCPythonReadsThem() throws IOException {
        List<String> files = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        for (int elfClass = 1; elfClass <= 2; elfClass++) {
            for (int data = 1; data <= 2; data++) {
                for (int type = 1; type <= 4; type++) {
                    Path f = Files.write(dir.resolve("elf" + elfClass + data + type), elf(elfClass, data, type));
                    files.add(f.toString());
                    mine.add(repr(platform.architecture(f.toString())));
                }
            }
        }
        assertEquals(Python.require313().lines("import platform, sys\nfor f in sys.argv[1:]:\n"
                + "    print(repr(platform.architecture(f)))", files.toArray(String[]::new)), mine);
    }

    private Architecture of(byte[] header) throws IOException {
        return platform.architecture(Files.write(Files.createTempFile(dir, "bin", ""), header).toString(), "", "");
    }

    private static byte[] machO(int magic, ByteOrder order, int fileType) {
        return ByteBuffer.allocate(32).order(order).putInt(magic).putInt(7).putInt(3).putInt(fileType).array();
    }

    @Test
    void machOHeaders() throws IOException {
        String pointer = System.getProperty("sun.arch.data.model") + "bit";
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            assertEquals(new Architecture("64bit", "Mach-O"), of(machO(0xfeedfacf, order, 2)));
            assertEquals(new Architecture("32bit", "Mach-O"), of(machO(0xfeedface, order, 2)));
            // a library, bundle or object is not an executable, for file(1) and so for CPython
            assertEquals(new Architecture(pointer, ""), of(machO(0xfeedfacf, order, 6)));
        }
        // a universal binary: the first slice tells
        ByteBuffer fat = ByteBuffer.allocate(4096 + 32).putInt(0xcafebabe).putInt(1).putInt(0x01000007).putInt(3)
                .putInt(4096).putInt(32).putInt(12);
        fat.position(4096);
        fat.put(machO(0xfeedfacf, ByteOrder.LITTLE_ENDIAN, 2));
        assertEquals(new Architecture("64bit", "Mach-O"), of(fat.array()));
        // a Java class file shares the magic, with a version number where the slice count would be
        byte[] javaClass = ByteBuffer.allocate(64).putInt(0xcafebabe).putShort((short) 0).putShort((short) 61)
                .array();
        assertEquals(new Architecture(pointer, ""), of(javaClass));
    }

    private static byte[] pe(int optionalMagic, int subsystem) {
        ByteBuffer b = ByteBuffer.allocate(0x80 + 24 + 96).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'M').put((byte) 'Z').putInt(0x3c, 0x80).putInt(0x80, 0x00004550);
        b.putShort(0x80 + 24, (short) optionalMagic).putShort(0x80 + 24 + 68, (short) subsystem);
        return b.array();
    }

    @Test
    void peHeaders() throws IOException {
        assertEquals(new Architecture("32bit", "WindowsPE"), of(pe(0x10b, 3)));
        assertEquals(new Architecture("64bit", "WindowsPE"), of(pe(0x20b, 2)));
        assertEquals(new Architecture("64bit", "PE"), of(pe(0x20b, 10)));
        assertEquals(new Architecture("16bit", "MSDOS?"),
                platform.architecture(Files.write(dir.resolve("dos"), "MZ".getBytes(StandardCharsets.US_ASCII))
                        .toString(), "16bit", "MSDOS?"));
    }

    @Test
    void libcStringsAcrossChunksAsCPythonFindsThem() throws Exception {
        List<String> files = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        String[][] contents = {
            {"GLIBC_2.3", "GLIBC_2.17", "GLIBC_2.2.5"},
            {"libc.so.6", "libc_r.so.5", "libc.so"},
            {"__libc_init", "libc.so.1"},
            {"libc_pthread.so", "GLIBC_2.1rc1", "GLIBC_2.1"},
            {"nothing here"},
        };
        int n = 0;
        for (String[] strings : contents) {
            // each string ends where a 16 KiB read ends, then again past the next read
            for (int offset : new int[] {16384 - 5, 16384 * 2 + 100}) {
                byte[] bytes = new byte[16384 * 3];
                int at = offset;
                for (String s : strings) {
                    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(b, 0, bytes, at, b.length);
                    at += b.length + 1 + 1000;
                }
                Path f = Files.write(dir.resolve("libc" + n++), bytes);
                files.add(f.toString());
                LibcVersion v = platform.libcVer(f.toString(), "", "");
                mine.add("('" + v.lib() + "', '" + v.version() + "')");
            }
        }
        assertEquals(Python.require313().lines("import platform, sys\nfor f in sys.argv[1:]:\n"
                + "    print(repr(platform.libc_ver(f)))", files.toArray(String[]::new)), mine);
    }
}
