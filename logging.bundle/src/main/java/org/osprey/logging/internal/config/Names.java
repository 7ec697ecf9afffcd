package org.osprey.logging.internal.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.osprey.logging.internal.format.PyStr;

/**
 * Python's dotted names ({@code logging.StreamHandler}, {@code logging.handlers.RotatingFileHandler},
 * {@code sys.stdout}) as Osprey's types and values; a Java name ({@code org.example.MyHandler},
 * {@code org.example.Holder.QUEUE}) names a class or a public static field. Python's modules map to Java
 * packages, a module's own names to its module type's static fields ({@code logging.DEBUG} is
 * {@code Logging.DEBUG}).
 */
public final class Names {
    /** Python module, its Java package, and its module type (null if it has none). */
    private record Module(String python, String javaPackage, String moduleType) {
    }

    /** The longest Python prefix first. */
    private static final List<Module> MODULES = List.of(
            new Module("logging.handlers", "org.osprey.logging.handlers", null),
            new Module("logging.config", "org.osprey.logging.config", "LoggingConfig"),
            new Module("logging", "org.osprey.logging", "Logging"));

    private Names() {
    }

    /**
     * Python's {@code BaseConfigurator.resolve}: the class or value a dotted name stands for.
     *
     * @param name a dotted name
     * @return the class or value
     * @throws IllegalArgumentException Python's ValueError {@code Cannot resolve 'x': ...}
     */
    public static Object resolve(String name) {
        switch (name) {
            case "sys.stdout":
                return System.out;
            case "sys.stderr":
                return System.err;
            default:
                break;
        }
        for (Module m : MODULES) {
            if (name.startsWith(m.python() + ".")) {
                String rest = name.substring(m.python().length() + 1);
                if (!rest.contains(".")) {
                    Class<?> c = load(m.javaPackage() + "." + rest);
                    if (c != null) {
                        return c;
                    }
                    if (m.moduleType() != null) {
                        return staticField(name, load(m.javaPackage() + "." + m.moduleType()), rest);
                    }
                }
                throw unresolved(name, "no Osprey class " + m.javaPackage() + "." + rest);
            }
        }
        Class<?> c = load(name);
        if (c != null) {
            return c;
        }
        int dot = name.lastIndexOf('.');
        Class<?> owner = dot > 0 ? load(name.substring(0, dot)) : null;
        if (owner == null) {
            throw unresolved(name, "no class " + name + " (nor " + (dot > 0 ? name.substring(0, dot) : name) + ")");
        }
        return staticField(name, owner, name.substring(dot + 1));
    }

    /**
     * A dotted name that must stand for a class.
     *
     * @param name a dotted name
     * @return the class
     * @throws IllegalArgumentException when it stands for something else or nothing
     */
    public static Class<?> resolveClass(String name) {
        Object found = resolve(name);
        if (found instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException(PyStr.repr(name) + " is not a class");
    }

    /**
     * Whether {@code c} is, or extends, the class of that name (a class that may not exist in this build, such
     * as the handlers of {@code logging.handlers}).
     *
     * @param c a class
     * @param className a fully qualified Java name
     * @return whether it is
     */
    public static boolean isA(Class<?> c, String className) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** The thread's context loader first (an OSGi application's classes), then the bundle's own. */
    private static Class<?> load(String name) {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
            Names.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not there: the next loader, then a static field
            }
        }
        return null;
    }

    private static Object staticField(String name, Class<?> owner, String field) {
        try {
            Field f = owner.getField(field);
            if (Modifier.isStatic(f.getModifiers())) {
                return f.get(null);
            }
        } catch (IllegalAccessException e) {
            throw unresolved(name, owner.getName() + "." + field + " is not accessible: the class must be public");
        } catch (NoSuchFieldException | RuntimeException e) {
            throw unresolved(name, owner.getName() + " has no public static field " + field);
        }
        throw unresolved(name, owner.getName() + "." + field + " is not static");
    }

    private static IllegalArgumentException unresolved(String name, String why) {
        return new IllegalArgumentException("Cannot resolve " + PyStr.repr(name) + ": " + why);
    }

    /** Python's {@code valid_ident}: a keyword argument's name. */
    static String validIdent(String s) {
        if (!s.matches("(?i)[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a valid Python identifier: " + PyStr.repr(s));
        }
        return s;
    }

}
