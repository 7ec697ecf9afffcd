package org.osprey.fnmatch.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides {@code re.match(fnmatch.translate(pat), name)} without a regex engine. The regex's atomic groups
 * make every interior {@code *fixed} take the leftmost place that fits, so matching is: the head at the start,
 * each interior segment at its leftmost occurrence, the tail at the end. No backtracking, at most
 * O(len(name) × len(pattern)) steps, and literal segments use {@link String#indexOf}.
 */
final class ShellMatcher {
    private final boolean never;
    private final boolean hasStar;
    private final Segment head;
    private final Segment[] middle;
    private final Segment tail;

    ShellMatcher(List<Piece> pieces) {
        never = pieces.stream().anyMatch(p -> p instanceof Piece.Bracket b && b.set() == CharSet.NONE);
        List<Segment> segments = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Piece.Star) {
                segments.add(new Segment(run));
                run.clear();
            } else {
                run.add(p);
            }
        }
        segments.add(new Segment(run));
        hasStar = segments.size() > 1;
        head = segments.get(0);
        tail = segments.get(segments.size() - 1);
        middle = hasStar ? segments.subList(1, segments.size() - 1).toArray(Segment[]::new) : new Segment[0];
    }

    boolean matches(String name) {
        if (never) {
            return false;
        }
        int p = head.matchAt(name, 0);
        if (!hasStar || p < 0) {
            return p == name.length();
        }
        for (Segment s : middle) {
            p = s.find(name, p);
            if (p < 0) {
                return false;
            }
        }
        return tail.isEmpty() || tail.matchesEnd(name, p);
    }
}
