package org.osprey.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.osprey.logging.internal.format.PercentFormat;
import org.osprey.logging.internal.format.SecondsText;

/**
 * Python's {@code logging.Formatter}: a record as text, through a format string in Python's {@code %},
 * {@code {}} or {@code $} style ({@code "%(asctime)s %(levelname)s %(message)s"}), times through
 * {@code time.strftime}. An exception is written as a Java stack trace, the form Java users read.
 */
public class Formatter {
    /** Python's {@code _defaultFormatter}: {@code %(message)s}. */
    static final Formatter DEFAULT = new Formatter();
    private static final String DEFAULT_MSEC_FORMAT = "%s,%03d";

    private final FormatStyle style;
    private final String datefmt;
    private volatile ZoneId converter = ZoneId.systemDefault();
    private volatile String defaultTimeFormat = "%Y-%m-%d %H:%M:%S";
    private volatile String defaultMsecFormat = DEFAULT_MSEC_FORMAT;
    private final SecondsText seconds = new SecondsText();

    /** Mirrors {@code Formatter()}: {@code %(message)s}. */
    public Formatter() {
        this(null, null, "%", true, null);
    }

    /**
     * Mirrors {@code Formatter(fmt)}.
     *
     * @param fmt a {@code %}-style format, or null for {@code %(message)s}
     * @throws IllegalArgumentException Python's ValueError for a format naming no field
     */
    public Formatter(String fmt) {
        this(fmt, null, "%", true, null);
    }

    /**
     * Mirrors {@code Formatter(fmt, datefmt)}.
     *
     * @param fmt a {@code %}-style format, or null for {@code %(message)s}
     * @param datefmt a {@code time.strftime} format for {@code asctime}, or null for the default one
     * @throws IllegalArgumentException Python's ValueError for a format naming no field
     */
    public Formatter(String fmt, String datefmt) {
        this(fmt, datefmt, "%", true, null);
    }

    /**
     * Mirrors {@code Formatter(fmt, datefmt, style)}.
     *
     * @param fmt a format in {@code style}, or null for the style's {@code message}
     * @param datefmt a {@code time.strftime} format for {@code asctime}, or null for the default one
     * @param style {@code "%"}, <code>"{"</code> or {@code "$"}
     * @throws IllegalArgumentException Python's ValueError for another style or a format naming no field
     */
    public Formatter(String fmt, String datefmt, String style) {
        this(fmt, datefmt, style, true, null);
    }

    /**
     * Mirrors {@code Formatter(fmt, datefmt, style, validate, defaults=defaults)}.
     *
     * @param fmt a format in {@code style}, or null for the style's {@code message}
     * @param datefmt a {@code time.strftime} format for {@code asctime}, or null for the default one
     * @param style {@code "%"}, <code>"{"</code> or {@code "$"}
     * @param validate whether to check the format now, as Python's {@code validate}
     * @param defaults values of fields that records lack (Python 3.10), or null
     * @throws IllegalArgumentException Python's ValueError for another style or, validating, a bad format
     */
    public Formatter(String fmt, String datefmt, String style, boolean validate, Map<String, ?> defaults) {
        this.style = FormatStyle.of(style, fmt, defaults);
        if (validate) {
            this.style.validate();
        }
        this.datefmt = datefmt;
    }

    /** @return Python's {@code _fmt}: the format string */
    public String fmt() {
        return style.fmt;
    }

    /** @return Python's {@code datefmt}, or null */
    public String datefmt() {
        return datefmt;
    }

    /** @return Python's {@code converter}: the time zone of {@code asctime}, the system's by default */
    public ZoneId converter() {
        return converter;
    }

    /**
     * Python's {@code converter = time.gmtime} (with {@link ZoneOffset#UTC}) or {@code time.localtime}.
     *
     * @param zone the time zone of {@code asctime}
     */
    public void setConverter(ZoneId zone) {
        this.converter = zone;
    }

    /** @return Python's {@code default_time_format}: {@code %Y-%m-%d %H:%M:%S} */
    public String defaultTimeFormat() {
        return defaultTimeFormat;
    }

    /**
     * Sets Python's {@code default_time_format}.
     *
     * @param format a {@code time.strftime} format
     */
    public void setDefaultTimeFormat(String format) {
        this.defaultTimeFormat = format;
    }

    /** @return Python's {@code default_msec_format}: {@code %s,%03d}, or null for none */
    public String defaultMsecFormat() {
        return defaultMsecFormat;
    }

    /**
     * Sets Python's {@code default_msec_format}.
     *
     * @param format a {@code %} format of the time text and the milliseconds, or null to leave them out
     */
    public void setDefaultMsecFormat(String format) {
        this.defaultMsecFormat = format;
    }

    /**
     * Mirrors {@code Formatter.format(record)}: sets the record's {@code message} (and {@code asctime} when the
     * format uses it), formats it, and adds the exception's trace and the stack.
     *
     * @param record the record
     * @return the text
     * @throws IllegalArgumentException Python's ValueError {@code Formatting field not found in record: 'x'}
     */
    public String format(LogRecord record) {
        record.set("message", record.getMessage());
        if (usesTime()) {
            record.set("asctime", formatTime(record, datefmt));
        }
        String s = formatMessage(record);
        if (record.excInfo() != null && (record.excText() == null || record.excText().isEmpty())) {
            record.set("exc_text", formatException(record.excInfo()));
        }
        String excText = record.excText();
        if (excText != null && !excText.isEmpty()) {
            s = (s.endsWith("\n") ? s : s + "\n") + excText;
        }
        String stack = record.stackInfo();
        if (stack != null && !stack.isEmpty()) {
            s = (s.endsWith("\n") ? s : s + "\n") + formatStack(stack);
        }
        return s;
    }

    /**
     * Mirrors {@code Formatter.formatTime(record, datefmt)}: {@code created} in the converter's zone, by
     * {@code datefmt}, or the default format with the milliseconds.
     *
     * @param record the record
     * @param datefmt a {@code time.strftime} format, or null
     * @return the time text
     */
    public String formatTime(LogRecord record, String datefmt) {
        long second = (long) Math.floor(record.created());
        if (datefmt != null) {
            return seconds.format(datefmt, second, converter);
        }
        String s = seconds.format(defaultTimeFormat, second, converter);
        String msec = defaultMsecFormat;
        if (msec == null) {
            return s;
        }
        long ms = (long) record.msecs();
        if (ms >= 0 && ms < 1000 && msec.equals(DEFAULT_MSEC_FORMAT)) {
            // what "%s,%03d" makes of these, without the % engine's boxing and big integers
            return new StringBuilder(s.length() + 4).append(s).append(',').append((char) ('0' + ms / 100))
                    .append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10)).toString();
        }
        return PercentFormat.format(msec, new Object[] {s, ms});
    }

    /**
     * Mirrors {@code Formatter.formatException(exc_info)}: the exception's Java stack trace (what
     * {@link Throwable#printStackTrace()} prints), without its last newline.
     *
     * @param error the exception
     * @return the text
     */
    public String formatException(Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            error.printStackTrace(out);
        }
        String s = text.toString().replace(System.lineSeparator(), "\n");
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Mirrors {@code Formatter.formatStack(stack_info)}: the text as it is.
     *
     * @param stackInfo the record's {@code stack_info}
     * @return the text
     */
    public String formatStack(String stackInfo) {
        return stackInfo;
    }

    /** @return whether the format uses {@code asctime}, as {@code Formatter.usesTime()} */
    public boolean usesTime() {
        return style.usesTime();
    }

    /**
     * Mirrors {@code Formatter.formatMessage(record)}: the format applied to the record's attributes.
     *
     * @param record the record, its {@code message} set
     * @return the text
     */
    public String formatMessage(LogRecord record) {
        return style.format(record);
    }
}
