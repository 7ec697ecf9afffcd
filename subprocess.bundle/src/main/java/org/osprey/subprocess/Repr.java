package org.osprey.subprocess;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.subprocess.internal.ShellCommand;

/** The pieces of Python's messages for this module's errors. */
final class Repr {
    /** Second names of a signal, which Python's {@code Signals} enum never prints. */
    private static final Set<String> ALIASES = Set.of("SIGIOT", "SIGCLD", "SIGPOLL");

    private Repr() {
    }

    /** A command as Python's {@code %s} shows it: a list's repr, or the string it was given as. */
    static String of(List<String> cmd) {
        return cmd instanceof ShellCommand s ? s.command() : PyRepr.repr(cmd);
    }

    /** A timeout as Python prints a float or an int of seconds: {@code 0.5}, {@code 2}. */
    static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return s.stripTrailingZeros().toPlainString();
    }

    /** {@code <Signals.SIGTERM: 15>}, or {@code unknown signal 99}, as {@code CalledProcessError} says. */
    static String signal(int signal) {
        try {
            for (Map.Entry<String, Integer> e : Os.get().signalConstants().asMap().entrySet()) {
                if (e.getValue() == signal && !e.getKey().startsWith("SIG_") && !ALIASES.contains(e.getKey())) {
                    return "<Signals." + e.getKey() + ": " + signal + ">";
                }
            }
        } catch (RuntimeException e) { // no provider, or none that knows signals: the number says enough
        }
        return "unknown signal " + signal;
    }
}
