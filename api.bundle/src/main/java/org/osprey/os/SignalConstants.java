package org.osprey.os;

import java.util.Map;

/**
 * The running platform's signal numbers, Python's {@code signal.SIG*}: every {@code SIG*} name the platform
 * defines ({@code SIGUSR1} is 10 on Linux and 30 on macOS), for {@link Os#kill} and {@link Os#killpg}. This table
 * is {@link Os#signalConstants()}; {@code Os} also has an accessor for each common signal, {@code os.SIGTERM()}.
 */
public final class SignalConstants extends ConstantTable {
    /**
     * The signals of one platform, by name.
     *
     * @param values the platform's signal numbers by name
     */
    public SignalConstants(Map<String, Integer> values) {
        super("signal", values);
    }
}
