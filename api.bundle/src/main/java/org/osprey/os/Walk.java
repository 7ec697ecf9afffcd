package org.osprey.os;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What {@link Os#walk} returns: the walk, started afresh by each {@link #iterator()} or {@link #stream()}. A step is
 * computed when asked for; the one directory it lists is read whole and closed before the step is handed out (as
 * CPython's {@code os.walk} does), so between steps the walk holds no open handle and nothing needs closing.
 */
public interface Walk extends Iterable<WalkEntry> {
    /**
     * The walk as a sequential, lazy stream: each directory is listed when the pipeline reaches it, so memory grows
     * with the depth and the widest directory, not with the tree. Top-down, pruning a step's
     * {@link WalkEntry#dirnames()} inside the pipeline ({@code peek}) takes effect as in a loop.
     *
     * @return the steps of the walk, one per directory
     */
    default Stream<WalkEntry> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
