package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The Windows fields of {@code stat_result}: present only where a platform reports them, as in Python. */
class StatResultTest {
    private static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;
    private static final long IO_REPARSE_TAG_MOUNT_POINT = 0xA0000003L;

    @Test
    void thePosixFormHasNoWindowsFields() {
        StatResult st = new StatResult(Stat.S_IFREG | 0644, 1, 2, 1, 0, 0, 12, 0, 0, 0, 8, 4096, 0, 0,
                Long.MIN_VALUE);
        assertEquals(OptionalLong.empty(), st.fileAttributes());
        assertEquals(OptionalLong.empty(), st.reparseTag());
        assertEquals(st, new StatResult(Stat.S_IFREG | 0644, 1, 2, 1, 0, 0, 12, 0, 0, 0, 8, 4096, 0, 0,
                Long.MIN_VALUE, OptionalLong.empty(), OptionalLong.empty()));
    }

    @Test
    void aWindowsResultCarriesItsAttributesAndReparseTag() {
        StatResult junction = new StatResult(Stat.S_IFDIR | 0777, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                Long.MIN_VALUE, OptionalLong.of(FILE_ATTRIBUTE_DIRECTORY | 0x400), OptionalLong.of(
                        IO_REPARSE_TAG_MOUNT_POINT));
        assertEquals(0x410, junction.fileAttributes().getAsLong());
        assertEquals(IO_REPARSE_TAG_MOUNT_POINT, junction.reparseTag().getAsLong());
        StatResult plain = new StatResult(Stat.S_IFDIR | 0777, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                Long.MIN_VALUE, OptionalLong.of(FILE_ATTRIBUTE_DIRECTORY), OptionalLong.of(0));
        assertEquals(OptionalLong.of(0), plain.reparseTag(), "0 for a file that is no reparse point, not absent");
        assertNotEquals(junction, plain);
        assertThrows(NullPointerException.class, () -> new StatResult(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                Long.MIN_VALUE, null, OptionalLong.empty()));
    }
}
