package org.osprey.os.spi;

/** Builds the error for a function the running provider does not have, saying which, from whom and why. */
public final class Unsupported {
    private Unsupported() {
    }

    /**
     * {@return the error for a Python function the provider cannot offer}
     *
     * @param function the Python function: of {@code os} by its name ({@code "lchmod"}), of another module by
     *                 its qualified name ({@code "_winapi.CreateProcess"})
     */
    public static UnsupportedOperationException of(String function) {
        return new UnsupportedOperationException(qualified(function) + " is not available from this provider");
    }

    /**
     * {@return the error for a Python function the provider cannot offer, saying why}
     *
     * @param function the Python function: of {@code os} by its name ({@code "lchmod"}), of another module by
     *                 its qualified name ({@code "_winapi.CreateProcess"})
     * @param why the reason
     */
    public static UnsupportedOperationException of(String function, String why) {
        return new UnsupportedOperationException(qualified(function) + " is not available: " + why);
    }

    /** {@code os.name}, unless the name before any argument list is qualified already. */
    private static String qualified(String function) {
        int dot = function.indexOf('.');
        int arguments = function.indexOf('(');
        return dot > 0 && (arguments < 0 || dot < arguments) ? function : "os." + function;
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
