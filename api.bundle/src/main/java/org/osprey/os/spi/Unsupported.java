package org.osprey.os.spi;

/** Builds the error for a function the running provider does not have, saying which, from whom and why. */
public final class Unsupported {
    private Unsupported() {
    }

    /**
     * {@return the error for a Python function the provider cannot offer}
     *
     * @param function the Python function, such as {@code "os.lchmod"}
     */
    public static UnsupportedOperationException of(String function) {
        return new UnsupportedOperationException("os." + function + " is not available from this provider");
    }

    /**
     * {@return the error for a Python function the provider cannot offer, saying why}
     *
     * @param function the Python function, such as {@code "os.lchmod"}
     * @param why the reason
     */
    public static UnsupportedOperationException of(String function, String why) {
        return new UnsupportedOperationException("os." + function + " is not available: " + why);
    }

    /**
     * For a call to a facet the provider lacks.
     *
     * @param function the Python function
     * @param provider the provider
     * @param facet the facet type it lacks
     * @return the error
     */
    public static UnsupportedOperationException of(String function, OsProvider provider, Class<?> facet) {
        return of(function, "the provider " + provider.id() + " has no " + facet.getSimpleName() + " facet");
    }
}
