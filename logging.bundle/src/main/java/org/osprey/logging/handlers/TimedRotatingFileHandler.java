package org.osprey.logging.handlers;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.LogRecord;
import org.osprey.logging.internal.format.Strftime;
import org.osprey.os.Os;
import org.osprey.os.path.Split;

/**
 * Python's {@code logging.handlers.TimedRotatingFileHandler}: the file is rolled over every {@code interval}
 * seconds, minutes, hours or days ({@code when} {@code S M H D}), at midnight or at {@code atTime}
 * ({@code MIDNIGHT}), or on a weekday ({@code W0}..{@code W6}, Monday is 0); the backup is named for the start of
 * the interval ({@code app.log.2026-12-06}) and the oldest backups beyond {@code backupCount} are deleted. Times
 * are whole seconds since the epoch, local (the JVM's default zone, Python's {@code TZ}) unless {@code utc};
 * across a DST change the rollover moves by the hour as in Python.
 */
public class TimedRotatingFileHandler extends BaseRotatingHandler {
    private static final long MIDNIGHT = 24 * 60 * 60;

    private final Clock clock;
    private final String when;
    private final long interval;
    private final int backupCount;
    private final boolean utc;
    private final LocalTime atTime;
    private final int dayOfWeek;
    private volatile String suffix;
    private volatile Pattern extMatch;
    private volatile long rolloverAt;

    /**
     * Mirrors {@code TimedRotatingFileHandler(filename, when='h')}.
     *
     * @param filename the log file
     * @param when {@code S}, {@code M}, {@code H}, {@code D}, {@code MIDNIGHT} or {@code W0}..{@code W6}, any case
     * @throws IOException Python's OSError opening the file
     * @throws IllegalArgumentException Python's ValueError for another {@code when}
     */
    public TimedRotatingFileHandler(String filename, String when) throws IOException {
        this(filename, when, 1, 0, false, null, FileHandlerOptions.DEFAULT);
    }

    /**
     * Mirrors {@code TimedRotatingFileHandler(filename, when, interval, backupCount, encoding, delay, utc, atTime,
     * errors)}; the mode is always {@code a}.
     *
     * @param filename the log file
     * @param when {@code S}, {@code M}, {@code H}, {@code D}, {@code MIDNIGHT} or {@code W0}..{@code W6}, any case
     * @param interval how many units of {@code when} between rollovers
     * @param backupCount how many backups to keep; 0 all
     * @param utc whether times are UTC rather than local
     * @param atTime the time of day of {@code MIDNIGHT} and {@code W} rollovers, or null for midnight
     * @param options the encoding, delay and errors (the mode is ignored)
     * @throws IOException Python's OSError opening the file (not with {@code delay})
     * @throws IllegalArgumentException Python's ValueError for a bad {@code when}
     */
    public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount, boolean utc,
            LocalTime atTime, FileHandlerOptions options) throws IOException {
        this(Os.get(), Clock.systemDefaultZone(), filename, when, interval, backupCount, utc, atTime, options);
    }

    /**
     * The handler on the files of {@code os}, with the time and local zone of {@code clock}: Python's tests patch
     * {@code time.time}, Osprey's pass a clock (the zone is Python's {@code TZ}).
     */
    TimedRotatingFileHandler(Os os, Clock clock, String filename, String when, int interval, int backupCount,
            boolean utc, LocalTime atTime, FileHandlerOptions options) throws IOException {
        super(os, filename, options.withMode("a"));
        this.clock = clock;
        this.when = when.toUpperCase(Locale.ROOT);
        this.backupCount = backupCount;
        this.utc = utc;
        this.atTime = atTime;
        String ext;
        long unit;
        switch (this.when) {
            case "S" -> {
                unit = 1;
                suffix = "%Y-%m-%d_%H-%M-%S";
                ext = "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}";
            }
            case "M" -> {
                unit = 60;
                suffix = "%Y-%m-%d_%H-%M";
                ext = "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}";
            }
            case "H" -> {
                unit = 60 * 60;
                suffix = "%Y-%m-%d_%H";
                ext = "\\d{4}-\\d{2}-\\d{2}_\\d{2}";
            }
            case "D", "MIDNIGHT" -> {
                unit = MIDNIGHT;
                suffix = "%Y-%m-%d";
                ext = "\\d{4}-\\d{2}-\\d{2}";
            }
            default -> {
                if (!this.when.startsWith("W")) {
                    throw new IllegalArgumentException("Invalid rollover interval specified: " + this.when);
                }
                if (this.when.length() != 2) {
                    throw new IllegalArgumentException(
                            "You must specify a day for weekly rollover from 0 to 6 (0 is Monday): " + this.when);
                }
                char day = this.when.charAt(1);
                if (day < '0' || day > '6') {
                    throw new IllegalArgumentException("Invalid day specified for weekly rollover: " + this.when);
                }
                unit = 7 * MIDNIGHT;
                suffix = "%Y-%m-%d";
                ext = "\\d{4}-\\d{2}-\\d{2}";
            }
        }
        this.dayOfWeek = this.when.startsWith("W") ? this.when.charAt(1) - '0' : -1;
        this.extMatch = Pattern.compile("(?<!\\d)" + ext + "(?!\\d)");
        this.interval = unit * interval;
        String base = baseFilename();
        long t = os.path().exists(base) ? Math.floorDiv(os.stat(base).mtimeNs(), 1_000_000_000L) : now();
        this.rolloverAt = computeRollover(t);
    }

    /** Python's {@code int(time.time())}. */
    private long now() {
        return Math.floorDiv(clock.millis(), 1000L);
    }

    private ZonedDateTime time(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(utc ? ZoneOffset.UTC : clock.getZone());
    }

    /** Python's {@code time.localtime(t).tm_isdst}. */
    private boolean isDst(long seconds) {
        ZoneId zone = clock.getZone();
        return zone.getRules().isDaylightSavings(Instant.ofEpochSecond(seconds));
    }

    /** @return Python's {@code when}, upper case */
    public String when() {
        return when;
    }

    /** @return Python's {@code interval}: the seconds between rollovers */
    public long interval() {
        return interval;
    }

    /** @return Python's {@code backupCount} */
    public int backupCount() {
        return backupCount;
    }

    /** @return Python's {@code utc} */
    public boolean utc() {
        return utc;
    }

    /** @return Python's {@code atTime}, or null */
    public LocalTime atTime() {
        return atTime;
    }

    /** @return Python's {@code suffix}: the {@code strftime} format of a backup's name after the dot */
    public String suffix() {
        return suffix;
    }

    /**
     * Sets Python's {@code suffix} (set {@link #setExtMatch} to match it, as in Python).
     *
     * @param suffix a {@code strftime} format
     */
    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    /** @return Python's {@code extMatch}: what {@link #getFilesToDelete} takes for a backup's suffix */
    public Pattern extMatch() {
        return extMatch;
    }

    /**
     * Sets Python's {@code extMatch}.
     *
     * @param extMatch the suffixes of backups
     */
    public void setExtMatch(Pattern extMatch) {
        this.extMatch = extMatch;
    }

    /** @return Python's {@code rolloverAt}: the next rollover, in seconds since the epoch */
    public long rolloverAt() {
        return rolloverAt;
    }

    /**
     * Sets Python's {@code rolloverAt}.
     *
     * @param rolloverAt the next rollover, in seconds since the epoch
     */
    public void setRolloverAt(long rolloverAt) {
        this.rolloverAt = rolloverAt;
    }

    /**
     * Mirrors {@code computeRollover(currentTime)}: the next rollover after {@code currentTime}.
     *
     * @param currentTime seconds since the epoch
     * @return the rollover time, in seconds since the epoch
     */
    public long computeRollover(long currentTime) {
        long result = currentTime + interval;
        if (!when.equals("MIDNIGHT") && dayOfWeek < 0) {
            return result;
        }
        ZonedDateTime t = time(currentTime);
        int currentDay = t.getDayOfWeek().getValue() - 1;
        long rotateTs = atTime == null ? MIDNIGHT : atTime.toSecondOfDay();
        long r = rotateTs - t.toLocalTime().withNano(0).toSecondOfDay();
        if (r <= 0) {
            r += MIDNIGHT;
            currentDay = (currentDay + 1) % 7;
        }
        result = currentTime + r;
        if (dayOfWeek >= 0) {
            if (currentDay != dayOfWeek) {
                result += (currentDay < dayOfWeek ? dayOfWeek - currentDay : 6 - currentDay + dayOfWeek + 1)
                        * MIDNIGHT;
            }
            result += interval - MIDNIGHT * 7;
        } else {
            result += interval - MIDNIGHT;
        }
        if (!utc) {
            boolean dstNow = isDst(currentTime);
            if (dstNow != isDst(result)) {
                // DST starting before the rollover takes an hour off it, unless the hour before is standard time
                // too; DST ending adds one
                result += dstNow ? 3600 : isDst(result - 3600) ? -3600 : 0;
            }
        }
        return result;
    }

    /**
     * Mirrors {@code shouldRollover(record)}: whether {@link #rolloverAt()} has come; when the name is not a
     * regular file (Python 3.13), never, and the next rollover is computed anew.
     *
     * @param record not used
     * @return whether to roll over first
     */
    @Override
    public boolean shouldRollover(LogRecord record) {
        long t = now();
        if (t < rolloverAt) {
            return false;
        }
        if (isSpecialFile()) {
            rolloverAt = computeRollover(t);
            return false;
        }
        return true;
    }

    /**
     * Mirrors {@code getFilesToDelete()}: the oldest backups beyond {@code backupCount}, found in the file's
     * directory by {@link #extMatch()} (through the {@link #namer()} when there is one).
     *
     * @return their names, oldest first
     * @throws IOException Python's OSError listing the directory
     */
    public List<String> getFilesToDelete() throws IOException {
        Split split = os().path().split(baseFilename());
        String dirName = split.head();
        String baseName = split.tail();
        UnaryOperator<String> n = namer();
        Pattern ext = extMatch;
        List<String> result = new ArrayList<>();
        for (String fileName : os().listdir(dirName)) {
            if (n == null) {
                String prefix = baseName + ".";
                if (fileName.startsWith(prefix) && ext.matcher(fileName.substring(prefix.length())).matches()) {
                    result.add(os().path().join(dirName, fileName));
                }
                continue;
            }
            Matcher m = ext.matcher(fileName);
            for (int from = 0; from <= fileName.length() && m.find(from); from = m.start() + 1) {
                String dfn = n.apply(baseFilename() + "." + m.group());
                if (os().path().basename(dfn).equals(fileName)) {
                    result.add(os().path().join(dirName, fileName));
                    break;
                }
            }
        }
        if (result.size() < backupCount) {
            return List.of();
        }
        Collections.sort(result);
        return result.subList(0, result.size() - backupCount);
    }

    /**
     * Mirrors {@code doRollover()}: the file is renamed for the start of the interval (unless that backup exists
     * already), the oldest backups are deleted, a new file is opened and the next rollover computed.
     *
     * @throws IOException Python's OSError
     */
    @Override
    public void doRollover() throws IOException {
        long currentTime = now();
        long t = rolloverAt - interval;
        ZonedDateTime timeTuple = time(t);
        if (!utc) {
            boolean dstNow = isDst(currentTime);
            if (dstNow != isDst(t)) {
                timeTuple = time(t + (dstNow ? 3600 : -3600));
            }
        }
        String dfn = rotationFilename(baseFilename() + "." + Strftime.format(suffix, timeTuple));
        if (os().path().exists(dfn)) {
            // already rolled over (by another handler on the same file)
            return;
        }
        closeFile();
        rotate(baseFilename(), dfn);
        if (backupCount > 0) {
            for (String s : getFilesToDelete()) {
                os().remove(s);
            }
        }
        reopenUnlessDelayed();
        rolloverAt = computeRollover(currentTime);
    }
}
