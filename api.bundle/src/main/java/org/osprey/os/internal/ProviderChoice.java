package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.osprey.os.NoProviderException;
import org.osprey.os.spi.OsProvider;

/**
 * Which provider serves {@code Os.get()} off OSGi, as pure logic over the providers found. Without
 * {@value #PROPERTY}, the usable provider of the highest {@link OsProvider#rank() rank} wins, a tie going to the
 * smaller {@link OsProvider#id() id} (then class name), whatever order the providers were found in. The system
 * property {@value #PROPERTY} forces one: it names the providers whose id equals it or, when none does, those whose
 * id's first word equals it ({@code posix} for {@code "posix (jnr)"}); the best usable one of those wins. A name
 * that matches no provider, or only unusable ones, is a {@link NoProviderException} naming what was asked and what
 * was found: never another provider in its place.
 */
public final class ProviderChoice {
    /** The system property that forces a provider by id or by the first word of its id. */
    public static final String PROPERTY = "osprey.provider";

    private static final Comparator<OsProvider> BEST_FIRST = Comparator.comparingInt(OsProvider::rank).reversed()
            .thenComparing(OsProvider::id)
            .thenComparing(p -> p.getClass().getName());

    /** A provider found, asked once whether it is usable: the answer may load natives. */
    private record Found(OsProvider provider, boolean usable, Optional<String> why) {
        static Found of(OsProvider p) {
            boolean usable = usable(p);
            return new Found(p, usable, usable ? Optional.empty() : why(p));
        }

        private static Optional<String> why(OsProvider p) {
            try {
                return p.unusableReason();
            } catch (RuntimeException | LinkageError e) {
                return Optional.of(e.toString());
            }
        }

        private static boolean usable(OsProvider p) {
            try {
                return p.isUsable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        String describe() {
            OsProvider p = provider;
            return "\"" + p.id() + "\" (" + p.getClass().getName() + ", "
                    + (usable ? "rank " + p.rank() : "not usable here" + why.map(w -> ": " + w).orElse("")) + ")";
        }
    }

    private final List<Found> found = new ArrayList<>();

    private ProviderChoice(List<? extends OsProvider> candidates) {
        for (OsProvider p : candidates) {
            found.add(Found.of(p));
        }
    }

    /**
     * The provider to serve, among {@code candidates}.
     *
     * @param forced the value of {@value #PROPERTY}, or {@code null} when it is not set
     * @throws NoProviderException when none is usable, or {@code forced} names none that is
     */
    public static OsProvider choose(List<? extends OsProvider> candidates, String forced) {
        ProviderChoice choice = new ProviderChoice(candidates);
        return forced == null ? choice.best() : choice.forced(forced);
    }

    private OsProvider best() {
        return bestUsable(f -> true).orElseThrow(() -> new NoProviderException("No Osprey provider was found for "
                + platform() + ": ServiceLoader found " + seen("only ") + ". Add the provider module "
                + "org.osprey.posix (Maven artifact org.osprey:osprey-posix) to the class path or module path; in an OSGi framework, start the "
                + "org.osprey.posix bundle and Declarative Services."));
    }

    private OsProvider forced(String name) {
        Predicate<Found> named = f -> f.provider.id().equals(name);
        if (found.stream().noneMatch(named)) {
            named = f -> firstWord(f.provider.id()).equals(name);
        }
        String asked = "The system property " + PROPERTY + " asks for the Osprey provider \"" + name + "\", but ";
        if (found.stream().noneMatch(named)) {
            throw new NoProviderException(asked + "no provider's id is \"" + name + "\" or has it as its first "
                    + "word; ServiceLoader found " + seen("") + ".");
        }
        return bestUsable(named).orElseThrow(() -> new NoProviderException(asked + "the providers it names are "
                + "not usable on " + platform() + "; ServiceLoader found " + seen("") + "."));
    }

    private Optional<OsProvider> bestUsable(Predicate<Found> among) {
        return found.stream().filter(f -> f.usable && among.test(f)).map(Found::provider).min(BEST_FIRST);
    }

    /** What ServiceLoader found, each provider with its class and rank or unusability. */
    private String seen(String before) {
        String what = found.isEmpty() ? "no " + OsProvider.class.getName()
                : before + String.join(", ", found.stream().map(Found::describe).toList());
        return what + " on the class path or module path";
    }

    private static String firstWord(String id) {
        return id.strip().split("\\s+", 2)[0];
    }

    static String platform() {
        return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
    }
}
