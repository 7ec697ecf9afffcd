package org.osprey.glob.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Python's generators for the glob walk: iterators that do their work only when pulled. (A {@code Stream}'s
 * {@code flatMap} would not do: its iterator buffers a whole inner stream, i.e. a whole subtree.)
 */
abstract class Lazy<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** The next item, or null at the end. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }

    static <T> Iterator<T> empty() {
        return Collections.emptyIterator();
    }

    static <T> Iterator<T> single(T item) {
        return List.of(item).iterator();
    }

    /** The iterator that {@code body} makes, made on the first pull (a generator's body runs on first next). */
    static <T> Iterator<T> defer(Supplier<Iterator<T>> body) {
        return new Lazy<T>() {
            private Iterator<T> it;

            @Override
            protected T advance() {
                if (it == null) {
                    it = body.get();
                }
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    /** {@code first}, then what {@code rest} makes when pulled. */
    static <T> Iterator<T> cons(T first, Supplier<Iterator<T>> rest) {
        return new Lazy<T>() {
            private boolean started;
            private Iterator<T> tail;

            @Override
            protected T advance() {
                if (!started) {
                    started = true;
                    return first;
                }
                if (tail == null) {
                    tail = rest.get();
                }
                return tail.hasNext() ? tail.next() : null;
            }
        };
    }

    /** {@code yield from first; yield from rest()}, {@code rest} made when {@code first} runs out. */
    static <T> Iterator<T> concat(Iterator<T> first, Supplier<Iterator<T>> rest) {
        return flatMap(cons(first, () -> single(rest.get())), it -> it);
    }

    /** {@code for a in outer: yield from inner(a)}. */
    static <A, B> Iterator<B> flatMap(Iterator<A> outer, Function<A, Iterator<B>> inner) {
        return new Lazy<B>() {
            private Iterator<B> current = empty();

            @Override
            protected B advance() {
                while (!current.hasNext()) {
                    if (!outer.hasNext()) {
                        return null;
                    }
                    current = inner.apply(outer.next());
                }
                return current.next();
            }
        };
    }

    /** {@code (f(a) for a in it)}. */
    static <A, B> Iterator<B> map(Iterator<A> it, Function<A, B> f) {
        return new Lazy<B>() {
            @Override
            protected B advance() {
                return it.hasNext() ? f.apply(it.next()) : null;
            }
        };
    }
}
