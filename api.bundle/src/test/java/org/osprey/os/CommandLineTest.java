package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.Python;

/**
 * {@link CommandLine#list2cmdline} against CPython 3.13's {@code subprocess.list2cmdline} over thousands of argument
 * lists made of what the quoting rules turn on: spaces, tabs, quotes, runs of backslashes, empty arguments.
 */
class CommandLineTest {
    /** Separators that the generated arguments never contain. */
    private static final char CASE = '\u0001';
    private static final char ARG = '\u0002';
    private static final String[] PIECES = {"a", "b", " ", "\t", "\"", "\\", "\\\\", "\\\\\\", "\\\"", "é", "\n",
            "'", "&", "^", "%PATH%", "C:\\Program Files\\x"};

    @Test
    void quotesAsCPython(@TempDir Path dir) throws IOException {
        Random random = new Random(15);
        List<List<String>> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            List<String> seq = new ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                StringBuilder arg = new StringBuilder();
                for (int k = random.nextInt(7); k > 0; k--) {
                    arg.append(PIECES[random.nextInt(PIECES.length)]);
                }
                seq.add(arg.toString());
            }
            cases.add(seq);
        }
        StringBuilder input = new StringBuilder();
        for (List<String> seq : cases) {
            for (String arg : seq) {
                input.append(ARG).append(arg); // each argument after a separator: [] and [""] differ
            }
            input.append(CASE);
        }
        Path file = dir.resolve("cases");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        String out = Python.require313().run("import subprocess, sys\n"
                + "cases = open(sys.argv[1], encoding='utf-8').read().split('\\x01')[:-1]\n"
                + "sys.stdout.buffer.write('\\x01'.join(subprocess.list2cmdline(c.split('\\x02')[1:])"
                + " for c in cases).encode('utf-8'))", file.toString());
        String[] expected = out.split(String.valueOf(CASE), -1);
        assertEquals(cases.size(), expected.length);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected[i], CommandLine.list2cmdline(cases.get(i)), cases.get(i).toString());
        }
    }
}
