package org.osprey.os.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** {@code ntpath.ismount}'s {@code str.casefold()} against CPython's, on the foldings that are not plain lowercase. */
class CasefoldTest {
    @Test
    void foldsAsCPython() {
        List<String> words = List.of("C:\\Mount\\Point", "Stra\u00dfe", "\u03a3\u0391\u03a3 \u03c2", "\u017fi",
                "\u00b5\u00c5", "\ufb01le", "\ud801\udc00x");
        StringBuilder ours = new StringBuilder();
        for (String w : words) {
            ours.append(PyStr.casefold(w).codePoints().mapToObj(Integer::toHexString).toList()).append('\n');
        }
        assertEquals(Python.require313().run("import sys\n"
                + "for w in sys.argv[1:]:\n    print('[' + ', '.join(format(ord(c), 'x') for c in w.casefold()) + ']')",
                words.toArray(String[]::new)).strip(), ours.toString().strip());
    }
}
