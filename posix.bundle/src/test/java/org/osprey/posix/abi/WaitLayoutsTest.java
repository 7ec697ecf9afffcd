package org.osprey.posix.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code struct rusage} and {@code siginfo_t} as the provider reads them, against the C compiler's own
 * {@code offsetof} on this machine (skipped where there is no {@code cc}).
 */
class WaitLayoutsTest {
    private static final List<String> RUSAGE_COUNTERS = List.of("ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
            "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
            "ru_nsignals", "ru_nvcsw", "ru_nivcsw");

    private static Map<String, Integer> compiled(Path dir) throws Exception {
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include <signal.h>\n"
                + "#include <spawn.h>\n#include <sys/resource.h>\n#define P(n, v) printf(\"%s %zu\\n\", n, (size_t) (v))\n"
                + "int main(void) {\n"
                + "P(\"rusage\", sizeof(struct rusage)); P(\"ru_utime\", offsetof(struct rusage, ru_utime));\n"
                + "P(\"ru_stime\", offsetof(struct rusage, ru_stime));\n"
                + "P(\"tv_usec\", offsetof(struct timeval, tv_usec));\n"
                + "P(\"siginfo\", sizeof(siginfo_t)); P(\"si_signo\", offsetof(siginfo_t, si_signo));\n"
                + "P(\"si_code\", offsetof(siginfo_t, si_code)); P(\"si_pid\", offsetof(siginfo_t, si_pid));\n"
                + "P(\"si_uid\", offsetof(siginfo_t, si_uid)); P(\"si_status\", offsetof(siginfo_t, si_status));\n"
                + "P(\"posix_spawnattr_t\", sizeof(posix_spawnattr_t)); P(\"sigset_t\", sizeof(sigset_t));\n");
        for (String field : RUSAGE_COUNTERS) {
            c.append("P(\"").append(field).append("\", offsetof(struct rusage, ").append(field).append("));\n");
        }
        c.append("return 0; }\n");
        Path source = Files.writeString(dir.resolve("layouts.c"), c);
        Path program = dir.resolve("layouts");
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-o", program.toString(), source.toString()).inheritIO().start();
        } catch (java.io.IOException noCompiler) {
            assumeTrue(false, "no C compiler: " + noCompiler.getMessage());
            throw noCompiler;
        }
        assertTrue(cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0, "cc compiles the probe");
        Process run = new ProcessBuilder(program.toString()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor());
        Map<String, Integer> values = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            values.put(f[0], Integer.valueOf(f[1]));
        }
        return values;
    }

    @Test
    void rusageAndSiginfoAreTheCompilers(@TempDir Path dir) throws Exception {
        Abi abi = Abi.of(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow();
        Map<String, Integer> c = compiled(dir);
        assertEquals(RusageLayout.SIZE, c.get("rusage"));
        assertEquals(RusageLayout.UTIME, c.get("ru_utime"));
        assertEquals(RusageLayout.STIME, c.get("ru_stime"));
        assertEquals(Long.BYTES, c.get("tv_usec"));
        for (int i = 0; i < RUSAGE_COUNTERS.size(); i++) {
            assertEquals(RusageLayout.COUNTERS + i * Long.BYTES, c.get(RUSAGE_COUNTERS.get(i)), RUSAGE_COUNTERS.get(i));
        }
        SiginfoLayout siginfo = abi.variant().siginfo();
        assertEquals(new SiginfoLayout(c.get("si_signo"), c.get("si_code"), c.get("si_pid"), c.get("si_uid"),
                c.get("si_status"), c.get("siginfo")), siginfo);
        // the room proc.ProgramImage keeps for them
        assertTrue(c.get("posix_spawnattr_t") <= 512 && c.get("sigset_t") <= 256, c.toString());
    }
}
