package org.osprey.logging.internal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.logging.Filter;
import org.osprey.logging.Filterer;
import org.osprey.logging.Formatter;
import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.internal.format.PyStr;

/**
 * Python's {@code logging.config.DictConfigurator}: the version 1 schema. The configuration is copied into
 * mutable maps and lists; each value is converted when it is read ({@code ext://} and {@code cfg://} strings) and
 * the conversion kept, as Python's {@code ConvertingDict}; configured formatters, filters and handlers replace
 * their dicts, which is how {@code cfg://} and names reach them.
 */
public final class DictConfigurator {
    private static final Pattern CONVERT = Pattern.compile("^([a-z]+)://(.*)$", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("^\\s*(\\w+)\\s*");
    private static final Pattern DOT = Pattern.compile("^\\.\\s*(\\w+)\\s*");
    private static final Pattern INDEX = Pattern.compile("^\\[([^\\[\\]]*)\\]\\s*");
    private static final String MEMORY_HANDLER = "org.osprey.logging.handlers.MemoryHandler";

    private final Map<String, Object> config;

    private DictConfigurator(Map<String, ?> config) {
        this.config = copy(config);
    }

    /** A handler that names another one not configured yet (Python's deferral marker). */
    private static final class NotConfiguredYet extends RuntimeException {
        NotConfiguredYet(String what) {
            super(what + " not configured yet");
        }
    }

    /**
     * Python's {@code dictConfig(config)}.
     *
     * @param config the configuration
     * @throws IllegalArgumentException Python's ValueError, with the cause
     */
    public static void configure(Map<String, ?> config) {
        new DictConfigurator(config).configure();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, deepCopy(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy((Map<String, ?>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(deepCopy(e)));
            return out;
        }
        return v;
    }

    private void configure() {
        if (!config.containsKey("version")) {
            throw new IllegalArgumentException("dictionary doesn't specify a version");
        }
        if (!Integer.valueOf(1).equals(config.get("version"))) {
            throw new IllegalArgumentException("Unsupported version: " + PyStr.str(config.get("version")));
        }
        boolean incremental = truth(config.remove("incremental"), false);
        synchronized (Reconfigure.LOCK) {
            if (incremental) {
                incremental();
            } else {
                full(truth(config.remove("disable_existing_loggers"), true));
            }
        }
    }

    /** Python's truth of a configuration value: False, 0 and empty strings, lists and dicts are false. */
    private static boolean truth(Object value, boolean absent) {
        if (value == null) {
            return absent;
        }
        return !Boolean.FALSE.equals(value) && !Integer.valueOf(0).equals(value) && !"".equals(value)
                && !(value instanceof List<?> l && l.isEmpty()) && !(value instanceof Map<?, ?> m && m.isEmpty());
    }

    private void incremental() {
        Map<String, Object> handlers = section("handlers");
        for (String name : handlers.keySet()) {
            Handler handler = Logging.getHandlerByName(name);
            if (handler == null) {
                throw new IllegalArgumentException("No handler found with name " + PyStr.repr(name));
            }
            try {
                Object level = get(map(handlers, name), "level");
                if (level != null) {
                    handler.setLevel(LevelNames.check(level));
                }
            } catch (RuntimeException e) {
                throw unable("handler " + PyStr.repr(name), e);
            }
        }
        Map<String, Object> loggers = section("loggers");
        for (String name : loggers.keySet()) {
            try {
                configureLogger(name, map(loggers, name), true);
            } catch (RuntimeException e) {
                throw unable("logger " + PyStr.repr(name), e);
            }
        }
        configureRoot(true);
    }

    private void full(boolean disableExisting) {
        Reconfigure existing = Reconfigure.clearExistingHandlers();
        Map<String, Object> formatters = section("formatters");
        for (String name : formatters.keySet()) {
            try {
                formatters.put(name, configureFormatter(map(formatters, name)));
            } catch (RuntimeException e) {
                throw unable("formatter " + PyStr.repr(name), e);
            }
        }
        Map<String, Object> filters = section("filters");
        for (String name : filters.keySet()) {
            try {
                filters.put(name, configureFilter(map(filters, name)));
            } catch (RuntimeException e) {
                throw unable("filter " + PyStr.repr(name), e);
            }
        }
        Map<String, Object> handlers = section("handlers");
        List<String> deferred = new ArrayList<>();
        for (String name : new TreeSet<>(handlers.keySet())) {
            try {
                handlers.put(name, configureHandler(name, map(handlers, name)));
            } catch (IllegalArgumentException e) {
                if (!(e.getCause() instanceof NotConfiguredYet)) {
                    throw unable("handler " + PyStr.repr(name), e);
                }
                deferred.add(name);
            } catch (RuntimeException e) {
                throw unable("handler " + PyStr.repr(name), e);
            }
        }
        for (String name : deferred) {
            try {
                handlers.put(name, configureHandler(name, map(handlers, name)));
            } catch (RuntimeException e) {
                throw unable("handler " + PyStr.repr(name), e);
            }
        }
        Map<String, Object> loggers = section("loggers");
        for (String name : loggers.keySet()) {
            existing.configured(name);
            try {
                configureLogger(name, map(loggers, name), false);
            } catch (RuntimeException e) {
                throw unable("logger " + PyStr.repr(name), e);
            }
        }
        existing.finish(disableExisting);
        configureRoot(false);
    }

    private void configureRoot(boolean incremental) {
        Object root = get(config, "root");
        if (root instanceof Map<?, ?> m && !m.isEmpty()) {
            try {
                commonLoggerConfig(Logging.getLogger(), map(config, "root"), incremental);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Unable to configure root logger", e);
            }
        }
    }

    private static IllegalArgumentException unable(String what, RuntimeException cause) {
        return new IllegalArgumentException("Unable to configure " + what, cause);
    }

    private Formatter configureFormatter(Map<String, Object> cfg) {
        if (cfg.containsKey("()")) {
            try {
                return (Formatter) configureCustom(new LinkedHashMap<>(cfg));
            } catch (IllegalArgumentException e) {
                if (!cfg.containsKey("format")) {
                    throw e;
                }
                // Formatter and its subclasses take fmt, not format: Python retries so
                cfg.put("fmt", cfg.remove("format"));
                return (Formatter) configureCustom(cfg);
            }
        }
        Object cname = get(cfg, "class");
        Class<?> c = cname == null ? Formatter.class : Names.resolveClass((String) cname);
        List<Object> args = new ArrayList<>(Arrays.asList(get(cfg, "format"), get(cfg, "datefmt"),
                cfg.containsKey("style") ? get(cfg, "style") : "%"));
        Object defaults = get(cfg, "defaults");
        if (cfg.containsKey("validate") || defaults != null) {
            args.add(truth(get(cfg, "validate"), true));
            args.add(defaults);
        }
        return (Formatter) Construct.call(c, args, Map.of());
    }

    private Filter configureFilter(Map<String, Object> cfg) {
        if (cfg.containsKey("()")) {
            return asFilter(configureCustom(cfg));
        }
        Object name = get(cfg, "name");
        return Filter.named(name == null ? "" : (String) name);
    }

    @SuppressWarnings("unchecked")
    private static Filter asFilter(Object made) {
        if (made instanceof Filter f) {
            return f;
        }
        if (made instanceof Predicate<?> p) {
            return Filter.of((Predicate<LogRecord>) p);
        }
        throw new IllegalArgumentException(made.getClass().getName() + " is not a Filter nor a Predicate");
    }

    /** Python's {@code configure_custom}: {@code '()'} called with the other keys, then the {@code '.'} ones. */
    private Object configureCustom(Map<String, Object> cfg) {
        Object factory = pop(cfg, "()");
        Class<?> c = factory instanceof Class<?> k ? k : Names.resolveClass((String) factory);
        Map<String, Object> props = dotted(cfg);
        Object result = Construct.call(c, List.of(), kwargs(cfg));
        props.forEach((name, value) -> Construct.setAttribute(result, name, value));
        return result;
    }

    /** The {@code '.'} attributes, taken out of the keyword arguments; Python does not convert them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> dotted(Map<String, Object> cfg) {
        Object props = cfg.remove(".");
        if (props != null && !(props instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("'.' is not a dict: " + PyStr.repr(props));
        }
        return props == null ? Map.of() : (Map<String, Object>) props;
    }

    private Map<String, Object> kwargs(Map<String, Object> cfg) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String key : List.copyOf(cfg.keySet())) {
            kwargs.put(Names.validIdent(key), get(cfg, key));
        }
        return kwargs;
    }

    private Handler configureHandler(String name, Map<String, Object> cfg) {
        Map<String, Object> original = new LinkedHashMap<>(cfg);
        Object formatterName = pop(cfg, "formatter");
        Formatter formatter = null;
        if (formatterName != null) {
            try {
                formatter = (Formatter) section("formatters").get(formatterName);
                if (formatter == null) {
                    throw new NoSuchElementException(PyStr.repr(formatterName));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Unable to set formatter " + PyStr.repr(formatterName), e);
            }
        }
        Object level = pop(cfg, "level");
        Object filters = pop(cfg, "filters");
        Handler handler;
        if (cfg.containsKey("()")) {
            handler = (Handler) configureCustom(cfg);
        } else {
            Object cname = pop(cfg, "class");
            Class<?> klass = cname instanceof Class<?> k ? k : Names.resolveClass((String) cname);
            if (Names.isA(klass, MEMORY_HANDLER)) {
                memoryHandlerTarget(cfg, original);
            }
            Map<String, Object> props = dotted(cfg);
            handler = (Handler) Construct.call(klass, List.of(), kwargs(cfg));
            props.forEach((key, value) -> Construct.setAttribute(handler, key, value));
        }
        handler.setName(name);
        if (formatter != null) {
            handler.setFormatter(formatter);
        }
        if (level != null) {
            handler.setLevel(LevelNames.check(level));
        }
        if (filters != null) {
            addFilters(handler, (List<?>) filters);
        }
        return handler;
    }

    /** Python's special case: a MemoryHandler's {@code target} names another handler, maybe not made yet. */
    private void memoryHandlerTarget(Map<String, Object> cfg, Map<String, Object> original) {
        if (cfg.containsKey("flushLevel")) {
            cfg.put("flushLevel", LevelNames.check(get(cfg, "flushLevel")));
        }
        Object target = cfg.get("target");
        if (target == null) {
            return;
        }
        try {
            Object handler = section("handlers").get(target);
            if (!(handler instanceof Handler)) {
                cfg.putAll(original);
                throw new NotConfiguredYet("target");
            }
            cfg.put("target", handler);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unable to set target handler " + PyStr.repr(target), e);
        }
    }

    private void addFilters(Filterer filterer, List<?> filters) {
        for (Object f : filters) {
            try {
                Object found = f instanceof Filter || f instanceof Predicate ? f : section("filters").get(f);
                if (found == null) {
                    throw new NoSuchElementException(PyStr.repr(f));
                }
                filterer.addFilter(asFilter(found));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Unable to add filter " + PyStr.repr(f), e);
            }
        }
    }

    private void commonLoggerConfig(Logger logger, Map<String, Object> cfg, boolean incremental) {
        Object level = get(cfg, "level");
        if (level != null) {
            logger.setLevel(LevelNames.check(level));
        }
        if (incremental) {
            return;
        }
        Reconfigure.removeHandlers(logger);
        Object handlers = get(cfg, "handlers");
        if (handlers != null) {
            for (Object h : (List<?>) handlers) {
                try {
                    Object handler = section("handlers").get(h);
                    if (!(handler instanceof Handler found)) {
                        throw new NoSuchElementException(PyStr.repr(h));
                    }
                    logger.addHandler(found);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Unable to add handler " + PyStr.repr(h), e);
                }
            }
        }
        Object filters = get(cfg, "filters");
        if (filters != null) {
            addFilters(logger, (List<?>) filters);
        }
    }

    private void configureLogger(String name, Map<String, Object> cfg, boolean incremental) {
        Logger logger = Logging.getLogger(name);
        commonLoggerConfig(logger, cfg, incremental);
        logger.setDisabled(false);
        Object propagate = get(cfg, "propagate");
        if (propagate != null) {
            logger.setPropagate(truth(propagate, true));
        }
    }

    /** A top-level section ({@code formatters}, {@code handlers}...), empty when absent. */
    private Map<String, Object> section(String key) {
        return config.containsKey(key) ? map(config, key) : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Map<String, Object> in, String key) {
        Object value = get(in, key);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(PyStr.repr(key) + " is not a dict: " + PyStr.repr(value));
        }
        return (Map<String, Object>) value;
    }

    /** Python's {@code ConvertingDict.get}: the value converted, the conversion kept. */
    private Object get(Map<String, Object> in, String key) {
        Object value = in.get(key);
        Object converted = convert(value);
        if (converted != value) {
            in.put(key, converted);
        }
        return converted;
    }

    /** Python's {@code ConvertingDict.pop}: the value taken out, converted. */
    private Object pop(Map<String, Object> in, String key) {
        return convert(in.remove(key));
    }

    private Object convert(Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        Matcher m = CONVERT.matcher(s);
        if (!m.matches()) {
            return value;
        }
        return switch (m.group(1)) {
            case "ext" -> deepCopy(Names.resolve(m.group(2)));
            case "cfg" -> cfgConvert(m.group(2));
            default -> value;
        };
    }

    /** Python's {@code cfg_convert}: {@code word(.word|[index])*} from the top of the configuration. */
    @SuppressWarnings("unchecked")
    private Object cfgConvert(String value) {
        Matcher m = WORD.matcher(value);
        if (!m.find()) {
            throw new IllegalArgumentException("Unable to convert " + PyStr.repr(value));
        }
        String rest = value.substring(m.end());
        Object d = lookup(config, m.group(1));
        while (!rest.isEmpty()) {
            m = DOT.matcher(rest);
            if (m.find()) {
                d = lookup(d, m.group(1));
            } else {
                m = INDEX.matcher(rest);
                if (!m.find()) {
                    throw new IllegalArgumentException("Unable to convert " + PyStr.repr(value) + " at "
                            + PyStr.repr(rest));
                }
                String idx = m.group(1);
                d = d instanceof List<?> l && idx.matches("\\d+") ? convert(l.get(Integer.parseInt(idx)))
                        : lookup(d, idx);
            }
            rest = rest.substring(m.end());
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private Object lookup(Object container, String key) {
        if (!(container instanceof Map<?, ?> m) || !m.containsKey(key)) {
            throw new NoSuchElementException(PyStr.repr(key));
        }
        return get((Map<String, Object>) container, key);
    }
}
