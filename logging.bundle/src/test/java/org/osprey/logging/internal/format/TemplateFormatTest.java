package org.osprey.logging.internal.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link TemplateFormat} against CPython's {@code string.Template}. */
class TemplateFormatTest {
    private static final long SEED = Long.getLong("format.seed", System.nanoTime());
    private static final String[] PARTS = {"$who", "${who}", "$what", "${what}", "$$", "$", "${", "${who",
            "$1", "$_x9", "${_}", "${ who}", "$Who", "$\u00e9", "$\u0131", "${wh o}", "\n", "\r\n", "\r", "\u2028",
            "\u000b", "\u0085", "tim", "s ", " ", "\u00e9t\u00e9", "\ud83d\ude00", "{who}", "$$who", "$$$who",
            "$who$", "$who_", "$whoX", "${who}x"};

    @Test
    void randomTemplates() {
        Random r = new Random(SEED);
        Oracle oracle = new Oracle("string.Template", SEED);
        for (int i = 0; i < 4000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) {
                t.append(PARTS[r.nextInt(PARTS.length)]);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            for (String key : new String[] {"who", "what", "_x9", "Who", "_", "whoX"}) {
                if (r.nextInt(3) > 0) {
                    m.put(key, Values.scalar(r));
                }
            }
            add(oracle, t.toString(), m);
        }
        oracle.check();
    }

    @Test
    void casesFromCpythonsTestString() {
        Oracle oracle = new Oracle("test_string Template cases", 0);
        Map<String, Object> m = Map.of("who", "tim", "what", "ham", "meal", "dinner", "time", 5, "_", "u");
        for (String t : new String[] {"$who likes to eat a bag of ${what} worth $$100", "$who likes $$",
                "$who likes $100", "$who likes $what$", "$who likes ${what}", "${who}likes", "$$who", "$$$who",
                "tim has eaten $time meals", "$who ate ${meal}", "${who", "$", "$$$", "${}", "${_}$_",
                "line one\nline $ two", "a\r\nb\rc $ d", "\n$", "abc\n$", "x\u2028y\u0085z $", "$who likes ${what",
                "$whom", "${whom}", "$who${what}$time$$", "${what}s", "$\u00e9", "\u00e9\u00e9 $"}) {
            add(oracle, t, m);
        }
        oracle.check();
    }

    private static void add(Oracle oracle, String t, Map<String, ?> m) {
        String python = "string.Template(" + PyLit.of(t) + ").";
        oracle.add("substitute '" + t + "' " + m, python + "substitute(" + PyLit.of(m) + ")",
                () -> TemplateFormat.substitute(t, m));
        oracle.add("safe_substitute '" + t + "' " + m, python + "safe_substitute(" + PyLit.of(m) + ")",
                () -> TemplateFormat.safeSubstitute(t, m));
    }
}
