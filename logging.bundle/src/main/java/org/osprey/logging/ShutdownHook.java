package org.osprey.logging;

/** Python's {@code atexit.register(shutdown)}: registered with the first handler. */
final class ShutdownHook {
    private ShutdownHook() {
    }

    private static final class Holder {
        static {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(Logging::shutdown, "logging.shutdown"));
            } catch (IllegalStateException e) {
                // the JVM is already exiting: the hooks running now flush what they own
            }
        }

        static void touch() {
        }
    }

    static void install() {
        Holder.touch();
    }
}
