package org.osprey.posix.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.OptionalLong;

import com.kenai.jffi.MemoryIO;
import jnr.ffi.Runtime;
import jnr.ffi.StructLayout;
import org.junit.jupiter.api.Test;
import org.osprey.os.StatResult;

/**
 * The macOS structure layouts, which no test on this machine can run, checked against an independent source:
 * jnr-posix's macOS layouts. macOS is LP64 as this machine is, so jnr-ffi's offsets here are macOS's.
 */
class DarwinLayoutsTest {
    private static final MemoryIO MEMORY = MemoryIO.getInstance();

    /** Each field written at jnr-posix's offset with its own value is read back by Osprey as that field. */
    @Test
    void statReadsEachFieldWhereJnrPosixHasIt() throws ReflectiveOperationException {
        StructLayout jnr = layout("jnr.posix.MacOSFileStat64Inode$Layout64Inode");
        long b = MEMORY.allocateMemory(jnr.size(), true);
        try {
            put32(b, jnr, "st_dev", 0x0a0b0c0d);
            put16(b, jnr, "st_mode", 0x81a4);
            put16(b, jnr, "st_nlink", 7);
            put64(b, jnr, "st_ino", 0x1122334455667788L);
            put32(b, jnr, "st_uid", 501);
            put32(b, jnr, "st_gid", 20);
            put32(b, jnr, "st_rdev", 0x01000002);
            put64(b, jnr, "st_atime", 1_700_000_001L);
            put64(b, jnr, "st_atimensec", 11);
            put64(b, jnr, "st_mtime", 1_700_000_002L);
            put64(b, jnr, "st_mtimensec", 22);
            put64(b, jnr, "st_ctime", 1_700_000_003L);
            put64(b, jnr, "st_ctimensec", 33);
            put64(b, jnr, "st_birthtime", 1_700_000_004L);
            put64(b, jnr, "st_birthtimensec", 44);
            put64(b, jnr, "st_size", 0x7_0000_0001L);
            put64(b, jnr, "st_blocks", 4096);
            put32(b, jnr, "st_blksize", 65536);
            put32(b, jnr, "st_flags", 0x8000);
            put32(b, jnr, "st_gen", 0xfedcba98);
            StatResult st = StatLayout.DARWIN_INODE64.read(b);
            assertEquals(new StatResult(0x81a4, 0x1122334455667788L, 0x0a0b0c0d, 7, 501, 20, 0x7_0000_0001L,
                    1_700_000_001_000_000_011L, 1_700_000_002_000_000_022L, 1_700_000_003_000_000_033L, 4096,
                    65536, 0x01000002, 0x8000, 1_700_000_004_000_000_044L, OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.of(0xfedcba98L)), st);
        } finally {
            MEMORY.freeMemory(b);
        }
    }

    @Test
    void passwdOffsetsAreJnrPosixs() throws ReflectiveOperationException {
        StructLayout jnr = layout("jnr.posix.MacOSPasswd$Layout");
        assertEquals(new PasswdLayout(offset(jnr, "pw_name"), offset(jnr, "pw_passwd"), offset(jnr, "pw_uid"),
                offset(jnr, "pw_gid"), offset(jnr, "pw_gecos"), offset(jnr, "pw_dir"), offset(jnr, "pw_shell"),
                (int) jnr.size()), PasswdLayout.DARWIN);
    }

    private static StructLayout layout(String name) throws ReflectiveOperationException {
        for (Constructor<?> c : Class.forName(name).getDeclaredConstructors()) {
            c.setAccessible(true);
            Object[] args = new Object[c.getParameterCount()];
            args[0] = Runtime.getSystemRuntime();
            return (StructLayout) c.newInstance(args);
        }
        throw new IllegalStateException("no constructor: " + name);
    }

    private static int offset(StructLayout layout, String field) throws ReflectiveOperationException {
        java.lang.reflect.Field named = layout.getClass().getField(field);
        named.setAccessible(true); // MacOSPasswd.Layout is package-private
        Object f = named.get(layout);
        Method offset = Class.forName("jnr.ffi.StructLayout$Field").getDeclaredMethod("offset");
        offset.setAccessible(true); // StructLayout.Field is protected
        return (int) (long) offset.invoke(f);
    }

    private static void put16(long b, StructLayout l, String f, int v) throws ReflectiveOperationException {
        MEMORY.putShort(b + offset(l, f), (short) v);
    }

    private static void put32(long b, StructLayout l, String f, int v) throws ReflectiveOperationException {
        MEMORY.putInt(b + offset(l, f), v);
    }

    private static void put64(long b, StructLayout l, String f, long v) throws ReflectiveOperationException {
        MEMORY.putLong(b + offset(l, f), v);
    }
}
