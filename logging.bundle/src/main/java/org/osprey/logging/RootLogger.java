package org.osprey.logging;

/** Python's {@code RootLogger}: named {@code root}, its level WARNING at first. */
final class RootLogger extends Logger {
    RootLogger(int level) {
        super("root", level);
    }

    @Override
    public String toString() {
        return "<RootLogger root (" + Logging.getLevelName(getEffectiveLevel()) + ")>";
    }
}
