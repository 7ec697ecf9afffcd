package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.os.Stat;
import org.osprey.testing.Python;

/** Sizes, modes and tables as the commands print them. */
class FormattingTest {
    @Test
    void sizesInBinaryUnits() {
        assertEquals("0 B", Units.bytes(0));
        assertEquals("1023 B", Units.bytes(1023));
        assertEquals("1.5 KiB", Units.bytes(1536));
        assertEquals("931.3 GiB", Units.bytes(1_000_000_000_000L));
        assertEquals("8.0 EiB", Units.bytes(Long.MAX_VALUE));
    }

    @Test
    void filemodeIsPythons() {
        List<Integer> modes = List.of(Stat.S_IFREG | 0644, Stat.S_IFDIR | 01777, Stat.S_IFDIR | 01776,
                Stat.S_IFLNK | 0777, Stat.S_IFREG | 04755, Stat.S_IFREG | 06644, Stat.S_IFCHR | 0620,
                Stat.S_IFIFO | 0600, Stat.S_IFSOCK | 0755, Stat.S_IFBLK | 0660);
        for (int mode : modes) {
            assertEquals(Python.run("import stat,sys; print(stat.filemode(int(sys.argv[1])))", "" + mode).strip(),
                    FileMode.of(mode), Integer.toOctalString(mode));
        }
    }

    @Test
    void tablesAlignColumnsAndRightAlignNumbers() {
        String table = Table.of("NAME", ">SIZE").row("a", "1 B").row("longer", "10.0 KiB").toString();
        assertEquals("NAME        SIZE\na            1 B\nlonger  10.0 KiB", table);
    }
}
