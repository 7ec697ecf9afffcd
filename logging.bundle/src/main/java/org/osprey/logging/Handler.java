package org.osprey.logging;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.locks.ReentrantLock;

import org.osprey.logging.internal.Callers;
import org.osprey.logging.internal.format.PyStr;

/**
 * Python's {@code logging.Handler}: where records go. {@link #handle} runs the filters and then {@link #emit}
 * under the handler's lock, so a handler never emits two records at once; an error while emitting goes to
 * {@link #handleError}, never to the code that logged.
 */
public abstract class Handler extends Filterer implements AutoCloseable {
    private volatile int level;
    private volatile Formatter formatter;
    private volatile String name;
    private volatile boolean closed;
    /** Python's {@code self.lock}. */
    private ReentrantLock lock;

    /** Mirrors {@code Handler()}: level NOTSET. */
    protected Handler() {
        this(Logging.NOTSET);
    }

    /**
     * Mirrors {@code Handler(level)}.
     *
     * @param level the level below which records are ignored
     */
    protected Handler(int level) {
        this.level = level;
        createLock();
        HandlerRegistry.created(this);
    }

    /** Mirrors {@code Handler.createLock()}: a new reentrant lock for this handler. */
    public void createLock() {
        lock = new ReentrantLock();
    }

    /** Mirrors {@code Handler.acquire()}: takes the handler's lock. */
    public void acquire() {
        lock.lock();
    }

    /** Mirrors {@code Handler.release()}: gives it back. */
    public void release() {
        lock.unlock();
    }

    /** @return Python's {@code name} ({@code get_name()}): the handler's name, or null */
    public String name() {
        return name;
    }

    /**
     * Mirrors {@code Handler.set_name(name)}: {@link Logging#getHandlerByName} finds it under that name.
     *
     * @param name the name, or null
     */
    public void setName(String name) {
        synchronized (Manager.LOCK) {
            HandlerRegistry.renamed(this, this.name, name);
            this.name = name;
        }
    }

    /** @return Python's {@code level} */
    public int level() {
        return level;
    }

    /**
     * Mirrors {@code Handler.setLevel(level)}.
     *
     * @param level the level
     */
    public void setLevel(int level) {
        this.level = level;
    }

    /**
     * Mirrors {@code Handler.setLevel(name)}.
     *
     * @param level a level name ({@code "INFO"})
     * @throws IllegalArgumentException Python's ValueError {@code Unknown level: 'X'}
     */
    public void setLevel(String level) {
        this.level = Levels.check(level);
    }

    /** @return Python's {@code formatter}, or null */
    public Formatter formatter() {
        return formatter;
    }

    /**
     * Mirrors {@code Handler.setFormatter(fmt)}.
     *
     * @param formatter the formatter, or null for the default one
     */
    public void setFormatter(Formatter formatter) {
        this.formatter = formatter;
    }

    /**
     * Mirrors {@code Handler.format(record)}: with the formatter, or the default one.
     *
     * @param record the record
     * @return the text
     */
    public String format(LogRecord record) {
        Formatter f = formatter;
        return (f != null ? f : Formatter.DEFAULT).format(record);
    }

    /**
     * Mirrors {@code Handler.emit(record)}: writes the record out; catches its own errors and hands them to
     * {@link #handleError}.
     *
     * @param record the record
     */
    public abstract void emit(LogRecord record);

    /**
     * Mirrors {@code Handler.handle(record)}: the filters, then {@link #emit} under the lock.
     *
     * @param record the record
     * @return null when a filter dropped it, else the record emitted (a filter's replacement, Python 3.12)
     */
    public LogRecord handle(LogRecord record) {
        LogRecord passed = filter(record);
        if (passed != null) {
            acquire();
            try {
                emit(passed);
            } finally {
                release();
            }
        }
        return passed;
    }

    /** Mirrors {@code Handler.flush()}: nothing here, subclasses flush what they buffer. */
    public void flush() {
    }

    /**
     * Mirrors {@code Handler.close()}: forgets the handler's name; subclasses release what they own, then call
     * this.
     */
    @Override
    public void close() {
        synchronized (Manager.LOCK) {
            closed = true;
            HandlerRegistry.renamed(this, name, null);
        }
    }

    /**
     * Python's {@code flushOnClose} attribute, which {@link Logging#shutdown()} reads: whether to flush before
     * closing ({@code MemoryHandler} may say no).
     *
     * @return true here
     */
    protected boolean flushOnClose() {
        return true;
    }

    /** @return whether {@link #close} ran (Python's {@code _closed}) */
    protected boolean isClosed() {
        return closed;
    }

    /**
     * Mirrors {@code Handler.handleError(record)}: when {@link Logging#raiseExceptions()}, prints
     * {@code --- Logging error ---}, the error's trace, the call stack outside the logging classes (the outermost
     * call first) and the message and arguments to {@code System.err}; else nothing. Java has no current exception, so the error is passed.
     *
     * @param record the record being emitted
     * @param error what went wrong
     */
    public void handleError(LogRecord record, Throwable error) {
        if (!Logging.raiseExceptions()) {
            return;
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.print("--- Logging error ---\n");
        error.printStackTrace(out);
        String stack = Callers.find(1, true).stack();
        if (stack != null) {
            out.print("Call stack:" + stack.substring(stack.indexOf('\n')) + "\n");
        } else {
            out.print("Logged from file " + record.filename() + ", line " + record.lineno() + "\n");
        }
        try {
            out.print("Message: " + PyStr.repr(record.msg()) + "\nArguments: " + argsRepr(record.args())
                    + "\n");
        } catch (RuntimeException e) {
            out.print("Unable to print the message and arguments - possible formatting error.\n"
                    + "Use the traceback above to help find the error.\n");
        }
        out.flush();
        PrintStream err = System.err;
        err.print(text);
        err.flush();
    }

    /** Python's {@code str(record.args)}: a tuple's or a dict's repr. */
    private static String argsRepr(Object args) {
        if (!(args instanceof Object[] tuple)) {
            return PyStr.repr(args);
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < tuple.length; i++) {
            out.append(i > 0 ? ", " : "").append(PyStr.repr(tuple[i]));
        }
        return out.append(tuple.length == 1 ? ",)" : ")").toString();
    }

    /** Mirrors {@code Handler.__repr__}: {@code <ClassName (LEVEL)>}. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " (" + Logging.getLevelName(level) + ")>";
    }
}
