package org.osprey.os.spi;

/** Builds the error for a function the running provider does not have, saying which, from whom and why. */
public final class Unsupported {
    private Unsupported() {
    }

    public static UnsupportedOperationException of(String function) {
        return new UnsupportedOperationException("os." + function + " is not available from this provider");
    }

    public static UnsupportedOperationException of(String function, String why) {
        return new UnsupportedOperationException("os." + function + " is not available: " + why);
    }

    /** For a call to a facet the provider lacks. */
    public static UnsupportedOperationException of(String function, OsProvider provider, Class<?> facet) {
        return of(function, "the provider " + provider.id() + " has no " + facet.getSimpleName() + " facet");
    }
}
