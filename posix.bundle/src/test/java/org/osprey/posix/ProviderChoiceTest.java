package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.os.NoProviderException;
import org.osprey.os.internal.ProviderChoice;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.support.ForwardingProvider;

/**
 * Which provider {@code Os.get()} takes off OSGi: the best usable one, or the one {@code osprey.provider} names,
 * over the POSIX provider and real providers forwarding to it under other ids and ranks. (itest's
 * {@code ProviderPropertyIT} sets the property in JVMs of their own.)
 */
class ProviderChoiceTest {
    private static final String PLATFORM = System.getProperty("os.name") + "/" + System.getProperty("os.arch");

    private final PosixProvider posix = new PosixProvider();

    /** The POSIX provider under another id and rank, usable or not. */
    private static class Named extends ForwardingProvider {
        private final String id;
        private final int rank;
        private final boolean usable;

        Named(OsProvider delegate, String id, int rank, boolean usable) {
            super(delegate);
            this.id = id;
            this.rank = rank;
            this.usable = usable;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int rank() {
            return rank;
        }

        @Override
        public boolean isUsable() {
            return usable && super.isUsable();
        }
    }

    private Named named(String id, int rank) {
        return new Named(posix, id, rank, true);
    }

    private Named unusable(String id, int rank) {
        return new Named(posix, id, rank, false);
    }

    /** The choice, the same whatever order the providers are found in. */
    private OsProvider choose(String forced, OsProvider... found) {
        List<OsProvider> list = new ArrayList<>(List.of(found));
        OsProvider chosen = ProviderChoice.choose(list, forced);
        Collections.reverse(list);
        assertSame(chosen, ProviderChoice.choose(list, forced), "the same in the reverse order");
        return chosen;
    }

    private NoProviderException refused(String forced, OsProvider... found) {
        return assertThrows(NoProviderException.class, () -> ProviderChoice.choose(List.of(found), forced));
    }

    @Test
    void theUsableProviderOfTheHighestRankWins() {
        OsProvider fallback = named("nio", OsProvider.RANK_FALLBACK);
        assertSame(posix, choose(null, fallback, posix));
        assertSame(posix, choose(null, unusable("fast", 500), fallback, posix));
        Named better = named("better", 200);
        assertSame(better, choose(null, fallback, posix, better));
    }

    @Test
    void aTieGoesToTheSmallerId() {
        Named alpha = named("alpha", OsProvider.RANK_NATIVE);
        assertSame(alpha, choose(null, posix, alpha));
        assertSame(posix, choose(null, posix, named("zeta", OsProvider.RANK_NATIVE)));
    }

    @Test
    void aProviderWhoseUsabilityCheckFailsIsNotUsable() {
        Named broken = new Named(posix, "broken", 500, true) {
            @Override
            public boolean isUsable() {
                throw new UnsatisfiedLinkError("no libbroken");
            }
        };
        assertSame(posix, choose(null, broken, posix));
    }

    @Test
    void noUsableProviderNamesWhatWasFoundAndWhatToAdd() {
        NoProviderException e = refused(null, unusable("win", 500));
        assertEquals("No Osprey provider was found for " + PLATFORM + ": ServiceLoader found only \"win\" ("
                + Named.class.getName() + ", not usable here) on the class path or module path. Add the provider "
                + "module org.osprey.posix (Maven artifact org.osprey:osprey-posix) to the class path or module "
                + "path; in an OSGi framework, start the org.osprey.posix bundle and Declarative Services.",
                e.getMessage());
        assertTrue(refused(null).getMessage().contains("found no " + OsProvider.class.getName() + " on the class "
                + "path or module path"), refused(null).getMessage());
    }

    @Test
    void thePropertyForcesAProviderByItsIdOrTheFirstWordOfItsId() {
        Named better = named("better", 200);
        assertSame(posix, choose("posix (jnr)", better, posix));
        assertSame(posix, choose("posix", better, posix));
        Named fallback = named("nio (pure java)", OsProvider.RANK_FALLBACK);
        assertSame(fallback, choose("nio", fallback, posix));
        assertSame(fallback, choose("nio (pure java)", fallback, posix));
    }

    @Test
    void anExactIdComesBeforeAFirstWord() {
        Named plain = named("posix", 50);
        assertSame(plain, choose("posix", posix, plain));
        assertSame(posix, choose("posix (jnr)", posix, plain));
    }

    @Test
    void aFirstWordNamingSeveralTakesTheBestUsableOfThem() {
        Named panama = named("posix (panama)", 150);
        assertSame(panama, choose("posix", posix, panama, named("other", 900)));
        assertSame(posix, choose("posix", posix, unusable("posix (panama)", 150), named("other", 900)));
    }

    @Test
    void anUnknownNameIsRefusedNamingWhatWasAskedAndWhatWasFound() {
        Named fallback = named("nio", OsProvider.RANK_FALLBACK);
        for (String name : new String[] {"nope", "POSIX", "pos", "jnr", "(jnr)", "", " posix"}) {
            NoProviderException e = refused(name, posix, fallback);
            assertEquals("The system property osprey.provider asks for the Osprey provider \"" + name + "\", but no "
                    + "provider's id is \"" + name + "\" or has it as its first word; ServiceLoader found \"posix "
                    + "(jnr)\" (" + PosixProvider.class.getName() + ", rank 100), \"nio\" (" + Named.class.getName()
                    + ", rank 0) on the class path or module path.", e.getMessage());
        }
        assertTrue(refused("posix").getMessage().endsWith("ServiceLoader found no " + OsProvider.class.getName()
                + " on the class path or module path."), refused("posix").getMessage());
    }

    @Test
    void anUnusableNamedProviderIsRefusedNotReplaced() {
        NoProviderException e = refused("win", unusable("win (nt)", 500), posix);
        assertEquals("The system property osprey.provider asks for the Osprey provider \"win\", but the providers "
                + "it names are not usable on " + PLATFORM + "; ServiceLoader found \"win (nt)\" ("
                + Named.class.getName() + ", not usable here), \"posix (jnr)\" (" + PosixProvider.class.getName()
                + ", rank 100) on the class path or module path.", e.getMessage());
    }
}
