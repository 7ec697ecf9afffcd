package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 *
 * <p>Loops, not lambdas or streams: this runs on the first {@code Os.get()} of every process, where each lambda
 * is a class spun at run time (issue 11's start-up census).
 */
public final class ProviderChoice {
    /** The system property that forces a provider by id or by the first word of its id. */
    public static final String PROPERTY = "osprey.provider";

    /** A provider found, asked once whether it is usable: the answer may load natives. */
    private record Found(OsProvider provider, boolean usable) {
        static Found of(OsProvider p) {
            return new Found(p, usable(p));
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
                    + (usable ? "rank " + p.rank() : "not usable here" + why(p).map(w -> ": " + w).orElse("")) + ")";
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
        OsProvider best = bestUsable(null);
        if (best == null) {
            throw new NoProviderException("No Osprey provider was found for " + platform() + ": ServiceLoader found "
                    + seen("only ") + ". " + advice(System.getProperty("os.name")));
        }
        return best;
    }

    private OsProvider forced(String name) {
        String asked = "The system property " + PROPERTY + " asks for the Osprey provider \"" + name + "\", but ";
        if (!anyNamed(name)) {
            throw new NoProviderException(asked + "no provider's id is \"" + name + "\" or has it as its first "
                    + "word; ServiceLoader found " + seen("") + ".");
        }
        OsProvider best = bestUsable(name);
        if (best == null) {
            throw new NoProviderException(asked + "the providers it names are not usable on " + platform()
                    + "; ServiceLoader found " + seen("") + ".");
        }
        return best;
    }

    /** Whether {@code name} is some provider's id or, failing that, some id's first word. */
    private boolean anyNamed(String name) {
        for (Found f : found) {
            if (f.provider.id().equals(name) || firstWord(f.provider.id()).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Among the usable providers {@code name} names (every one when null), the best, or null. */
    private OsProvider bestUsable(String name) {
        boolean byId = false;
        if (name != null) {
            for (Found f : found) {
                byId |= f.provider.id().equals(name);
            }
        }
        OsProvider best = null;
        for (Found f : found) {
            String id = f.provider.id();
            boolean named = name == null || (byId ? id.equals(name) : firstWord(id).equals(name));
            if (f.usable && named && (best == null || isBetter(f.provider, best))) {
                best = f.provider;
            }
        }
        return best;
    }

    /** Higher rank first, then the smaller id, then the smaller class name. */
    private static boolean isBetter(OsProvider p, OsProvider than) {
        if (p.rank() != than.rank()) {
            return p.rank() > than.rank();
        }
        int byId = p.id().compareTo(than.id());
        return byId != 0 ? byId < 0 : p.getClass().getName().compareTo(than.getClass().getName()) < 0;
    }

    /** What ServiceLoader found, each provider with its class and rank or unusability. */
    private String seen(String before) {
        if (found.isEmpty()) {
            return "no " + OsProvider.class.getName() + " on the class path or module path";
        }
        StringBuilder what = new StringBuilder(before);
        for (int i = 0; i < found.size(); i++) {
            what.append(i == 0 ? "" : ", ").append(found.get(i).describe());
        }
        return what + " on the class path or module path";
    }

    private static String firstWord(String id) {
        String s = id.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** What to add on an OS of this {@code os.name}: the Windows provider on Windows, the POSIX one elsewhere. */
    static String advice(String osName) {
        String name = osName != null && osName.startsWith("Windows") ? "windows" : "posix";
        return "Add the provider module org.osprey." + name + " (Maven artifact org.osprey:osprey-" + name
                + ") to the class path or module path; in an OSGi framework, start the org.osprey." + name
                + " bundle and Declarative Services.";
    }

    static String platform() {
        return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
    }
}
