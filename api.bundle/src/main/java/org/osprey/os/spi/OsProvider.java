package org.osprey.os.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.os.Platform;
import org.osprey.os.Supports;

/**
 * What a platform provider implements: a small set of facets, each a group of the native calls behind Python's
 * {@code os}. Every provider has {@link Files}, {@link Descriptors} and {@link Environment}; the others
 * ({@link Facets#OPTIONAL}) it may lack, and the API answers a call to a missing one with an
 * {@link UnsupportedOperationException} naming the function and the provider. The API validates arguments (a NUL
 * byte in a path never reaches a provider) and builds everything that is not a single native call ({@code walk},
 * {@code fwalk}, {@code makedirs}, {@code removedirs}, {@code renames}, {@code os.path}) on top of the facets.
 *
 * <p>Paths arrive as Java strings; on POSIX the provider encodes them with {@link org.osprey.os.FsCodec}.
 * A {@code dirFd} of {@link #NO_DIR_FD} means Python's {@code dir_fd=None}. A failing call throws the
 * {@link org.osprey.os.OsException} subtype for its errno ({@link org.osprey.os.OsException#of}), naming the
 * path(s) it was given.
 * Helpers for writing a provider are in {@link org.osprey.os.spi.support}.
 *
 * <p>Off OSGi providers are found with {@link java.util.ServiceLoader}; the one with the highest
 * {@link #rank()} among those {@link #isUsable() usable} here wins, a tie going to the smaller {@link #id()}; the
 * system property {@code osprey.provider} forces one by its id or the first word of its id. In OSGi they are
 * Declarative Services components, and the highest {@code service.ranking} wins.
 */
@ProviderType
public interface OsProvider {
    /** Python's {@code dir_fd=None}: the API's {@link At#NO_DIR_FD}. */
    int NO_DIR_FD = At.NO_DIR_FD;

    /** {@code sendfile}'s and {@code copy_file_range}'s {@code offset=None}: the API's {@link Os#NO_OFFSET}. */
    long NO_OFFSET = Os.NO_OFFSET;

    /** Rank of a provider written for the running OS through native calls. */
    int RANK_NATIVE = 100;
    /** Rank of a provider that works everywhere with reduced fidelity. */
    int RANK_FALLBACK = 0;

    /**
     * A short name for messages and diagnostics, such as {@code "posix (jnr)"}.
     *
     * @return the name
     */
    String id();

    /**
     * Whether this provider can serve the running OS and architecture (and its native parts load).
     *
     * @return whether it is usable
     */
    boolean isUsable();

    /**
     * Why this provider cannot serve here, for the messages of those that choose or force one ({@code Os.get()}
     * with {@code osprey.provider}, {@link Os#of}); empty where it is {@link #isUsable() usable} or does not say.
     *
     * @return the reason, or empty
     */
    default Optional<String> unusableReason() {
        return Optional.empty();
    }

    /**
     * Higher wins when several providers are usable.
     *
     * @return the rank
     */
    int rank();

    /** {@return the platform's {@code os.name}, path constants and file system encoding} */
    Platform platform();

    /** {@return which functions take {@code dir_fd}, {@code fd} and {@code follow_symlinks} here} */
    Supports supports();

    /** {@return the path-based file calls} */
    Files files();

    /** {@return the descriptor calls} */
    Descriptors descriptors();

    /** {@return the process and its environment} */
    Environment environment();

    /**
     * The provider's facet of type {@code type}, one of {@link Facets#ALL}, or nothing where it lacks it. By
     * default only the three facets every provider has.
     *
     * @param <F> the facet type
     * @param type the facet type
     * @return the facet, or empty
     */
    default <F> Optional<F> facet(Class<F> type) {
        for (Object facet : List.of(files(), descriptors(), environment())) {
            if (type.isInstance(facet)) {
                return Optional.of(type.cast(facet));
            }
        }
        return Optional.empty();
    }
}
