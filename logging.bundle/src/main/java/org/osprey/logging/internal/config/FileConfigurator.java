package org.osprey.logging.internal.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.osprey.logging.Formatter;
import org.osprey.logging.Handler;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.internal.format.PyStr;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;

/**
 * Python's {@code logging.config.fileConfig}: the {@code [loggers]}, {@code [handlers]} and {@code [formatters]}
 * sections with their {@code keys}, and a {@code logger_}, {@code handler_} or {@code formatter_} section for
 * each key; a handler's {@code args} and {@code kwargs} are evaluated by {@link PyLiteral}.
 */
public final class FileConfigurator {
    private static final String MEMORY_HANDLER = "org.osprey.logging.handlers.MemoryHandler";

    private final Ini ini;

    private FileConfigurator(Ini ini) {
        this.ini = ini;
    }

    /**
     * {@code fileConfig(fname, defaults, disable_existing_loggers, encoding)}.
     *
     * @param fname the file
     * @param defaults configparser's defaults
     * @param disableExisting whether loggers not named are disabled
     * @param encoding the encoding, null for UTF-8
     * @throws IOException reading the file ({@link FileNotFoundOsException} when it does not exist)
     */
    public static void configure(String fname, Map<String, String> defaults, boolean disableExisting,
            String encoding) throws IOException {
        Os os = Os.get();
        if (!os.path().exists(fname)) {
            throw new FileNotFoundOsException(fname + " doesn't exist");
        }
        if (os.path().getsize(fname) == 0) {
            throw new IllegalStateException(fname + " is an empty file");
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(Path.of(fname)))).toString();
        configure(text, fname, defaults, disableExisting);
    }

    /**
     * {@code fileConfig(f, defaults, disable_existing_loggers)} with an open file.
     *
     * @param file the text
     * @param defaults configparser's defaults
     * @param disableExisting whether loggers not named are disabled
     * @throws IOException reading it
     */
    public static void configure(Reader file, Map<String, String> defaults, boolean disableExisting)
            throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = file.read(buffer)) > 0;) {
            text.append(buffer, 0, n);
        }
        configure(text.toString(), "<???>", defaults, disableExisting);
    }

    private static void configure(String text, String source, Map<String, String> defaults,
            boolean disableExisting) {
        Ini ini;
        try {
            ini = Ini.parse(text.replace("\r\n", "\n").replace('\r', '\n'), source, defaults);
        } catch (Ini.ParsingError e) {
            throw new IllegalStateException(source + " is invalid: " + e.getMessage(), e);
        }
        FileConfigurator configurator = new FileConfigurator(ini);
        Map<String, Formatter> formatters = configurator.createFormatters();
        synchronized (Reconfigure.LOCK) {
            Reconfigure existing = Reconfigure.clearExistingHandlers();
            Map<String, Handler> handlers = configurator.installHandlers(formatters);
            configurator.installLoggers(handlers, existing, disableExisting);
        }
    }

    /** Python's {@code keys=a, b}: empty for an empty value. */
    private List<String> keys(String section) {
        String keys = ini.get(section, "keys");
        List<String> out = new ArrayList<>();
        if (!keys.isEmpty()) {
            for (String k : keys.split(",", -1)) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private Map<String, Formatter> createFormatters() {
        Map<String, Formatter> formatters = new LinkedHashMap<>();
        for (String form : keys("formatters")) {
            String section = "formatter_" + form;
            List<Object> args = new ArrayList<>();
            args.add(ini.raw(section, "format", null));
            args.add(ini.raw(section, "datefmt", null));
            args.add(ini.raw(section, "style", "%"));
            String defaults = ini.raw(section, "defaults", null);
            String className = ini.get(section, "class", null);
            Class<?> c = className == null || className.isEmpty() ? Formatter.class : Names.resolveClass(className);
            Map<String, Object> kwargs = new LinkedHashMap<>();
            if (defaults != null) {
                kwargs.put("validate", true);
                kwargs.put("defaults", PyLiteral.eval(defaults));
            }
            formatters.put(form, (Formatter) Construct.call(c, args, kwargs));
        }
        return formatters;
    }

    private Map<String, Handler> installHandlers(Map<String, Formatter> formatters) {
        Map<String, Handler> handlers = new LinkedHashMap<>();
        Map<Handler, String> targets = new LinkedHashMap<>();
        for (String hand : keys("handlers")) {
            String section = "handler_" + hand;
            Class<?> klass = handlerClass(ini.get(section, "class"));
            String fmt = ini.get(section, "formatter", "");
            Object args = PyLiteral.eval(ini.get(section, "args", "()"));
            Object kwargs = PyLiteral.eval(ini.get(section, "kwargs", "{}"));
            if (!(args instanceof List<?> list) || !(kwargs instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(section + ": args must be a tuple and kwargs a dict");
            }
            Handler h = (Handler) Construct.call(klass, list, keywords(map));
            h.setName(hand);
            if (ini.has(section, "level")) {
                h.setLevel(LevelNames.check(ini.get(section, "level")));
            }
            if (!fmt.isEmpty()) {
                h.setFormatter(found(formatters, fmt));
            }
            if (Names.isA(klass, MEMORY_HANDLER) && !ini.get(section, "target", "").isEmpty()) {
                targets.put(h, ini.get(section, "target"));
            }
            handlers.put(hand, h);
        }
        targets.forEach((h, target) -> Construct.setAttribute(h, "target", found(handlers, target)));
        return handlers;
    }

    /** Python's {@code eval(klass, vars(logging))}, falling back to resolving a dotted name. */
    private static Class<?> handlerClass(String name) {
        boolean loggingName = !name.contains(".") || name.startsWith("handlers.");
        return Names.resolveClass(loggingName ? "logging." + name : name);
    }

    private static Map<String, Object> keywords(Map<?, ?> kwargs) {
        Map<String, Object> out = new LinkedHashMap<>();
        kwargs.forEach((k, v) -> {
            if (!(k instanceof String name)) {
                throw new IllegalArgumentException("keywords must be strings, not " + PyStr.repr(k));
            }
            out.put(name, v);
        });
        return out;
    }

    private static <T> T found(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new NoSuchElementException(PyStr.repr(key));
        }
        return value;
    }

    private void installLoggers(Map<String, Handler> handlers, Reconfigure existing, boolean disableExisting) {
        List<String> loggers = keys("loggers");
        if (!loggers.remove("root")) {
            throw new IllegalArgumentException("list.remove(x): x not in list");
        }
        configure(Logging.getLogger(), "logger_root", handlers);
        for (String log : loggers) {
            String section = "logger_" + log;
            String qualname = ini.get(section, "qualname");
            String propagate = ini.get(section, "propagate", "1");
            Logger logger = Logging.getLogger(qualname);
            existing.configured(qualname);
            configure(logger, section, handlers);
            logger.setPropagate(pyInt(propagate) != 0);
            logger.setDisabled(false);
        }
        existing.finish(disableExisting);
    }

    /** A logger's level and handlers, the ones it had removed. */
    private void configure(Logger logger, String section, Map<String, Handler> handlers) {
        if (ini.has(section, "level")) {
            logger.setLevel(LevelNames.check(ini.get(section, "level")));
        }
        Reconfigure.removeHandlers(logger);
        String hlist = ini.get(section, "handlers");
        if (!hlist.isEmpty()) {
            for (String hand : hlist.split(",", -1)) {
                logger.addHandler(found(handlers, hand.strip()));
            }
        }
    }

    /** Python's {@code int(text)}. */
    private static int pyInt(String text) {
        try {
            return Integer.parseInt(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + PyStr.repr(text), e);
        }
    }
}
