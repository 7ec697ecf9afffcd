package org.osprey.fnmatch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
@Component(service = Fnmatch.class)
public final class FnmatchImpl implements Fnmatch {
    private final Os os;

    @Activate
    public FnmatchImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public boolean fnmatch(String name, String pattern) {
        OsPath path = os.path();
        return fnmatchcase(path.normcase(name), path.normcase(pattern));
    }

    @Override
    public boolean fnmatchcase(String name, String pattern) {
        Objects.requireNonNull(name, "name");
        return CompiledPattern.of(pattern).matches(name);
    }

    @Override
    public List<String> filter(Collection<String> names, String pattern) {
        OsPath path = os.path();
        CompiledPattern compiled = CompiledPattern.of(path.normcase(pattern));
        List<String> result = new ArrayList<>();
        if (path instanceof PosixPath) {
            // normcase is the identity on POSIX: keep it out of the loop, as CPython does
            for (String name : names) {
                if (compiled.matches(name)) {
                    result.add(name);
                }
            }
        } else {
            for (String name : names) {
                if (compiled.matches(path.normcase(name))) {
                    result.add(name);
                }
            }
        }
        return result;
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
