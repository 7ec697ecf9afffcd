package org.osprey.filecmp;

import java.util.List;
import java.util.Objects;

/**
 * The arguments {@code ignore}, {@code hide} and {@code shallow} of {@code filecmp.dircmp}:
 * {@code DircmpOptions.DEFAULT.withShallow(false)} is {@code dircmp(a, b, shallow=False)}.
 *
 * @param ignore  names left out of the comparison ({@link Filecmp#DEFAULT_IGNORES} by default, and for null:
 *                Python's {@code ignore=None})
 * @param hide    names never shown, or null for Python's default {@code [os.curdir, os.pardir]} of the
 *                {@code Os} in use
 * @param shallow whether files with equal signatures count as equal without reading them (3.13)
 */
public record DircmpOptions(List<String> ignore, List<String> hide, boolean shallow) {
    /** Python's defaults. */
    public static final DircmpOptions DEFAULT = new DircmpOptions(Filecmp.DEFAULT_IGNORES, null, true);

    /**
     * The arguments; the lists are copied.
     *
     * @param ignore names left out of the comparison ({@link Filecmp#DEFAULT_IGNORES} by default)
     * @param hide names never shown, or null for Python's default {@code [os.curdir, os.pardir]} of the {@code Os} in
     *         use
     * @param shallow whether files with equal signatures count as equal without reading them (3.13)
     */
    public DircmpOptions {
        ignore = ignore == null ? Filecmp.DEFAULT_IGNORES : List.copyOf(ignore); // ignore=None: the default
        hide = hide == null ? null : List.copyOf(hide);
    }

    /**
     * {@return these options with {@code ignore} set}
     *
     * @param names names left out of the comparison ({@link Filecmp#DEFAULT_IGNORES} by default)
     */
    public DircmpOptions withIgnore(List<String> names) {
        return new DircmpOptions(names, hide, shallow);
    }

    /**
     * {@return these options with {@code hide} set}
     *
     * @param names names never shown, or null for Python's default {@code [os.curdir, os.pardir]} of the {@code Os} in
     *         use
     */
    public DircmpOptions withHide(List<String> names) {
        return new DircmpOptions(ignore, names, shallow);
    }

    /**
     * {@return these options with {@code shallow} set}
     *
     * @param on whether files with equal signatures count as equal without reading them (3.13)
     */
    public DircmpOptions withShallow(boolean on) {
        return new DircmpOptions(ignore, hide, on);
    }
}
