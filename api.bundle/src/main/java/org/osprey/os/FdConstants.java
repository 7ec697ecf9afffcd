package org.osprey.os;

import java.util.Map;

/**
 * The running platform's file-descriptor constants: Python's {@code os.O_*}, {@code os.SEEK_*},
 * {@code os.F_LOCK}/{@code F_TLOCK}/{@code F_ULOCK}/{@code F_TEST} and {@code os.POSIX_FADV_*}.
 *
 * <p>Their values differ between platforms ({@code O_CREAT} is 0x40 on Linux and 0x200 on macOS;
 * {@code SEEK_DATA} is 3 on Linux and 4 on macOS), so they cannot be Java compile-time constants. This table,
 * {@link Os#fdConstants()}, holds exactly the names the running platform defines, as Python's {@code os} module
 * does: a name the platform lacks (such as {@code O_DIRECT} or any {@code POSIX_FADV_*} on macOS) is absent,
 * {@link #find} returns empty and {@link #get} throws, never a value borrowed from another platform. {@code Os}
 * also has an accessor named like each constant, {@code os.O_CREAT()}, that reads this table.
 */
public final class FdConstants extends ConstantTable {
    /**
     * The constants of one platform, by Python name.
     *
     * @param values the platform's values by Python name
     */
    public FdConstants(Map<String, Integer> values) {
        super("os", values);
    }
}
