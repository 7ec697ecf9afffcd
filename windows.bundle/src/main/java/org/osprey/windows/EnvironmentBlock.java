package org.osprey.windows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.jna.Memory;

/**
 * A child's environment as CPython's {@code _winapi} {@code getenvironment} makes it for
 * {@code CreateProcessW} with {@code CREATE_UNICODE_ENVIRONMENT}: {@code KEY=value} strings in UTF-16, each ended
 * by a NUL and the block by one more; the keys sorted by their upper case (Windows looks them up without regard to
 * case and expects them sorted so), and of keys equal but for case only the last given kept.
 */
final class EnvironmentBlock {
    private EnvironmentBlock() {
    }

    /** {@return the block's characters, both final NULs included} */
    static char[] chars(Map<String, String> env) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(env.entrySet());
        // stable, as Python's list.sort: of equal keys the one given last stays last, and is kept below
        entries.sort(Comparator.comparing(e -> e.getKey().toUpperCase(Locale.ROOT)));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).getKey();
            if (i + 1 < entries.size() && entries.get(i + 1).getKey().equalsIgnoreCase(key)) {
                continue;
            }
            block.append(key).append('=').append(entries.get(i).getValue()).append('\0');
        }
        if (block.length() == 0) {
            block.append('\0'); // an empty block is still two NULs: one for the (absent) last string
        }
        return block.append('\0').toString().toCharArray();
    }

    /** {@return the block in native memory, for {@code lpEnvironment}} */
    static Memory of(Map<String, String> env) {
        char[] chars = chars(env);
        Memory block = new Memory((long) chars.length * Character.BYTES);
        block.write(0, chars, 0, chars.length);
        return block;
    }
}
