package org.osprey.os.spi.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.Environment;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.OsProvider;

/**
 * A provider that holds its facets: the three required ones and any optional ones, each answered by
 * {@link #facet(Class)} under the facet type it is given for. A subclass adds what only it knows (id, rank,
 * platform, supports, usability).
 */
public abstract class FacetedProvider implements OsProvider {
    private final Files files;
    private final Descriptors descriptors;
    private final Environment environment;
    private final Map<Class<?>, Object> facets = new HashMap<>();

    /**
     * A provider made of the given facets.
     *
     * @param optional the optional facets, each under its facet type ({@code Identity.class}, ...)
     * @param files the path-based file calls
     * @param descriptors the descriptor calls
     * @param environment the process and its environment
     */
    protected FacetedProvider(Files files, Descriptors descriptors, Environment environment,
            Map<Class<?>, Object> optional) {
        this.files = files;
        this.descriptors = descriptors;
        this.environment = environment;
        facets.put(Files.class, files);
        facets.put(Descriptors.class, descriptors);
        facets.put(Environment.class, environment);
        for (Map.Entry<Class<?>, Object> e : optional.entrySet()) {
            facets.put(e.getKey(), e.getKey().cast(e.getValue()));
        }
    }

    @Override
    public final Files files() {
        return files;
    }

    @Override
    public final Descriptors descriptors() {
        return descriptors;
    }

    @Override
    public final Environment environment() {
        return environment;
    }

    @Override
    public final <F> Optional<F> facet(Class<F> type) {
        return Optional.ofNullable(type.cast(facets.get(type)));
    }
}
