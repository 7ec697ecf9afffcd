package org.osprey.logging.internal;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Python's {@code findCaller}: the first frames outside the logging classes (Python's {@code _srcfile}), found
 * with {@link StackWalker}. Only enabled calls come here, so a disabled call never walks the stack.
 */
public final class Callers {
    /**
     * With the class references: a frame is the module's by its class's loader and jar, not by its name alone
     * (the module's tests share its package). On JDK 17 a frame holds its class either way; the option only lets
     * it out.
     */
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final String PACKAGE = "org.osprey.logging";
    /**
     * Whether a class is the logging module's own: its package and its jar (the module's tests share the package,
     * not the jar, and count as callers).
     */
    private static final ClassValue<Boolean> INTERNAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String name = type.getName();
            return (name.startsWith(PACKAGE + ".") && name.indexOf('.', PACKAGE.length() + 1) < 0
                    || name.startsWith(PACKAGE + ".internal."))
                    && type.getClassLoader() == Callers.class.getClassLoader()
                    && Objects.equals(location(type), location(Callers.class));
        }
    };
    /** Each calling class's pathname, made once: its source file is the class's own. */
    private static final ClassValue<Source> SOURCES = new ClassValue<>() {
        @Override
        protected Source computeValue(Class<?> type) {
            return new Source(type);
        }
    };

    private Callers() {
    }

    /**
     * A call site.
     *
     * @param pathname the source, its package as folders ({@code org/example/Main.java})
     * @param lineno the line, 0 when unknown
     * @param funcName the method
     * @param stack the stack from the site outwards, Python's {@code stack_info}, or null
     */
    public record Site(String pathname, int lineno, String funcName, String stack) {
        /** Python's answer when there is no frame at all. */
        static final Site UNKNOWN = new Site("(unknown file)", 0, "(unknown function)", null);
    }

    private static Object location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /**
     * The {@code stacklevel}-th frame outside the logging classes, or the outermost frame when there are fewer.
     *
     * @param stacklevel 1 for the code calling the logger
     * @param withStack whether to add the stack from that frame outwards
     * @return the site
     */
    public static Site find(int stacklevel, boolean withStack) {
        return WALKER.walk(frames -> {
            Iterator<StackWalker.StackFrame> it = frames.iterator();
            List<StackWalker.StackFrame> outwards = withStack ? new ArrayList<>() : null;
            StackWalker.StackFrame chosen = null;
            StackWalker.StackFrame last = null;
            int wanted = Math.max(stacklevel, 1);
            while (it.hasNext()) {
                last = it.next();
                if (chosen == null && !INTERNAL.get(last.getDeclaringClass()) && --wanted == 0) {
                    chosen = last;
                }
                if (chosen != null) {
                    if (!withStack) {
                        break; // the frames further out are never fetched
                    }
                    outwards.add(last);
                }
            }
            if (chosen == null) {
                if (last == null) {
                    return Site.UNKNOWN;
                }
                chosen = last;
                if (withStack) {
                    outwards.add(last);
                }
            }
            return new Site(SOURCES.get(chosen.getDeclaringClass()).pathname(chosen.getFileName()),
                    Math.max(chosen.getLineNumber(), 0), chosen.getMethodName(), withStack ? stack(outwards) : null);
        });
    }

    /** Where a class's source is, as Python's {@code pathname}: its package as folders, then its file. */
    private static final class Source {
        private final String folder;
        private final String simpleName;
        /** Made from the first frame's file name; a race makes the same text twice, no harm. */
        private volatile String pathname;

        Source(Class<?> type) {
            String pkg = type.getPackageName();
            folder = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
            simpleName = type.getSimpleName();
        }

        String pathname(String file) {
            String p = pathname;
            if (p == null) {
                p = folder + (file != null ? file : simpleName + ".java");
                pathname = p;
            }
            return p;
        }
    }

    /** Python's heading and order (the outermost call first), each frame as Java prints it. */
    private static String stack(List<StackWalker.StackFrame> frames) {
        StringBuilder out = new StringBuilder("Stack (most recent call last):");
        for (int i = frames.size() - 1; i >= 0; i--) {
            out.append("\n  at ").append(frames.get(i).toStackTraceElement());
        }
        return out.toString();
    }
}
