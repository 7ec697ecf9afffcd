package org.osprey.shutil.internal.archive;

import static org.osprey.os.PyRepr.repr;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.path.OsPath;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.internal.archive.Destination.Parent;

/**
 * The 'data' filter's promise about links: every symlink the extraction makes resolves inside the destination,
 * when it is made and after the last member. Checking each link once is not enough, since a later member can
 * replace a symlink that an earlier link resolves through ({@code B -> d1/d2}, {@code A -> B/../..},
 * {@code B -> .}). So a link's text is stored normalized, as CPython releases after 3.13.0 do: a {@code ..} then only
 * ever climbs out of the link's own directories, which the extraction never replaces. A symlink already in the
 * destination can still be reached through a replaced one; for that, every link made is looked at again at the
 * end (also when the extraction fails), and one that resolves outside is removed.
 */
final class LinkGuard {
    private final Os os;
    private final OsPath p;
    private final Destination dest;
    private final String root;
    /** The links made, by path below the destination: the member that made each last. */
    private final Map<String, MemberPath> made = new LinkedHashMap<>();

    LinkGuard(Os os, Destination dest) throws OsException {
        this.os = os;
        this.p = os.path();
        this.dest = dest;
        this.root = p.realpath(dest.path());
    }

    /**
     * The text to give the symlink {@code member}, whose target is {@code target}: normalized, and refused if
     * absolute or if it resolves outside the destination now.
     */
    String checked(MemberPath member, String target) throws IOException {
        if (target.startsWith("/")) {
            throw new ArchiveFilterException(member.name(), repr(member.name()) + " is a link to an absolute path");
        }
        String normalized = target.isEmpty() ? target : p.normpath(target); // "" stays the OS's error, not "." 
        String resolved = p.realpath(p.join(p.join(root, String.join("/", member.parentParts())), normalized));
        if (!inside(resolved)) {
            throw outside(member.name(), resolved);
        }
        return normalized;
    }

    /** Records a symlink made for {@code member}. */
    void made(MemberPath member) {
        made.remove(member.relative());
        made.put(member.relative(), member);
    }

    /**
     * Removes every link made that now resolves outside the destination; returns the refusal of the first, or
     * null if there was none.
     */
    ArchiveFilterException removeOutside() throws IOException {
        ArchiveFilterException first = null;
        for (MemberPath link : made.values()) {
            try (Parent parent = dest.existingParent(link)) {
                StatResult st = parent.lstatOrNull();
                if (st == null || !st.isSymlink()) {
                    continue; // replaced by a later member that is not a link
                }
                String resolved = p.realpath(p.join(root, link.relative()));
                if (!inside(resolved)) {
                    os.unlink(parent.leaf(), parent.at());
                    first = first != null ? first : outside(link.name(), resolved);
                }
            }
        }
        return first;
    }

    private boolean inside(String resolved) {
        return p.commonpath(List.of(root, resolved)).equals(root);
    }

    private static ArchiveFilterException outside(String member, String resolved) {
        return new ArchiveFilterException(member,
                repr(member) + " would link to " + repr(resolved) + ", which is outside the destination");
    }
}
