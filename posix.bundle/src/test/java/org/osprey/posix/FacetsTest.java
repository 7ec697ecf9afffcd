package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osprey.os.Os;
import org.osprey.os.spi.Facets;
import org.osprey.os.spi.Identity;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.support.ForwardingProvider;

/** The provider as facets: what it has, and how the API answers for a facet it lacks. */
class FacetsTest {
    private final PosixProvider posix = new PosixProvider();

    /** The POSIX provider without ids: what a provider that cannot tell them looks like to the API. */
    private static final class NoIdentity extends ForwardingProvider {
        NoIdentity(OsProvider delegate) {
            super(delegate);
        }

        @Override
        public <F> Optional<F> facet(Class<F> type) {
            return type == Identity.class ? Optional.empty() : super.facet(type);
        }
    }

    @Test
    void posixHasEveryFacet() {
        for (Class<?> type : Facets.ALL) {
            assertTrue(posix.facet(type).isPresent(), type.getSimpleName());
        }
        assertTrue(posix.facet(String.class).isEmpty(), "only facets are facets");
    }

    @Test
    void missingFacetNamesFunctionAndProvider() {
        Os os = Os.of(new NoIdentity(posix));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, os::getuid);
        assertEquals("os.getuid is not available: the provider posix (jnr) has no Identity facet", e.getMessage());
        e = assertThrows(UnsupportedOperationException.class, () -> os.setresuid(-1, -1, -1));
        assertTrue(e.getMessage().startsWith("os.setresuid is not available"), e.getMessage());
    }

    @Test
    void forwardedFacetsStillServe() throws Exception {
        OsProvider forwarding = new NoIdentity(posix);
        assertSame(posix.files(), forwarding.files());
        Os os = Os.of(forwarding);
        assertEquals(ProcessHandle.current().pid(), os.getpid());
        assertEquals(System.getProperty("user.dir"), os.getcwd());
    }
}
