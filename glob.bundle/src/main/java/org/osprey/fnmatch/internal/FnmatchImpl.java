package org.osprey.fnmatch.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.os.Os;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.PosixPath;

/** {@link Fnmatch} over one {@link Os}; the DS component of this bundle. */
@Component(service = Fnmatch.class, immediate = true)
public final class FnmatchImpl implements Fnmatch {
    private final Os os;

    @Activate
    public FnmatchImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public boolean fnmatch(String name, String pattern) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        OsPath path = os.path();
        return fnmatchcase(path.normcase(name), path.normcase(pattern));
    }

    @Override
    public boolean fnmatchcase(String name, String pattern) {
        Objects.requireNonNull(name, "name");
        return CompiledPattern.of(Objects.requireNonNull(pattern, "pattern")).matches(name);
    }

    @Override
    public List<String> filter(Collection<String> names, String pattern) {
        return filter(Objects.requireNonNull(names, "names"), Objects.requireNonNull(pattern, "pattern"),
                UnaryOperator.identity(), os.path()::normcase);
    }

    @Override
    public boolean fnmatch(byte[] name, byte[] pattern) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        OsPath path = os.path();
        return fnmatchcase(path.normcase(name), path.normcase(pattern));
    }

    @Override
    public boolean fnmatchcase(byte[] name, byte[] pattern) {
        Objects.requireNonNull(name, "name");
        return CompiledPattern.of(latin1(Objects.requireNonNull(pattern, "pattern"))).matches(latin1(name));
    }

    @Override
    public List<byte[]> filter(Collection<byte[]> names, byte[] pattern) {
        return filter(Objects.requireNonNull(names, "names"), Objects.requireNonNull(pattern, "pattern"),
                FnmatchImpl::latin1, os.path()::normcase);
    }

    /**
     * CPython's {@code filter} for {@code str} or {@code bytes} ({@code T}), matched as their {@code text}: a
     * {@code str} as it is, {@code bytes} as latin-1 (one character a byte, as CPython compiles bytes patterns).
     */
    private <T> List<T> filter(Collection<T> names, T pattern, Function<T, String> text, UnaryOperator<T> normcase) {
        CompiledPattern compiled = CompiledPattern.of(text.apply(normcase.apply(pattern)));
        // normcase is the identity on POSIX: keep it out of the loop, as CPython does
        boolean posix = os.path() instanceof PosixPath;
        List<T> result = new ArrayList<>();
        for (T name : names) {
            if (compiled.matches(text.apply(posix ? name : normcase.apply(name)))) {
                result.add(name);
            }
        }
        return result;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String translate(String pattern) {
        return CompiledPattern.of(pattern).pythonRegex();
    }

    @Override
    public Pattern compile(String pattern) {
        return CompiledPattern.of(pattern).javaPattern();
    }
}
