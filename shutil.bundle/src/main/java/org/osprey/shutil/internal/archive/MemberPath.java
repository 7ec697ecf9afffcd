package org.osprey.shutil.internal.archive;

import static org.osprey.os.PyRepr.repr;

import java.util.ArrayList;
import java.util.List;

import org.osprey.shutil.ArchiveFilterException;

/** An archive member's name as path components below the destination: empty and {@code .} parts dropped. */
record MemberPath(String name, List<String> parts) {
    /**
     * The components of {@code name}, or a refusal: an absolute name or a {@code ..} component could leave the
     * destination, so neither is accepted (Python's filters strip a leading {@code /}; refusing is stricter), and
     * a NUL byte cannot be in a file name.
     */
    static MemberPath of(String name) throws ArchiveFilterException {
        requireNoNul(name, name, "member " + repr(name) + " has a NUL byte in its name");
        if (name.startsWith("/")) {
            throw new ArchiveFilterException(name, "member " + repr(name) + " has an absolute path");
        }
        if (hasDotDot(name)) {
            throw new ArchiveFilterException(name,
                    repr(name) + " has a '..' component and could be extracted outside the destination");
        }
        return parse(name, name);
    }

    /** The member a hard link named {@code member} links to, refused on the same grounds as a member's name. */
    static MemberPath linkTarget(String member, String target) throws ArchiveFilterException {
        requireNoNul(member, target, repr(member) + " links to " + repr(target) + ", which has a NUL byte");
        if (target.startsWith("/")) {
            throw new ArchiveFilterException(member, repr(member) + " is a link to an absolute path");
        }
        if (hasDotDot(target)) {
            throw new ArchiveFilterException(member, repr(member) + " is a hard link to " + repr(target)
                    + ", which has a '..' component and could be outside the destination");
        }
        return parse(member, target);
    }

    /** A symlink's target text may be anything the filter allows, but never hold a NUL byte. */
    static void requireNoNulInLink(String member, String target) throws ArchiveFilterException {
        requireNoNul(member, target, repr(member) + " links to " + repr(target) + ", which has a NUL byte");
    }

    private static void requireNoNul(String member, String s, String message) throws ArchiveFilterException {
        if (s.indexOf('\0') >= 0) {
            throw new ArchiveFilterException(member, message);
        }
    }

    private static boolean hasDotDot(String path) {
        return ("/" + path + "/").contains("/../");
    }

    private static MemberPath parse(String member, String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return new MemberPath(member, List.copyOf(parts));
    }

    /** Whether the name is the destination itself ({@code ./}, {@code .}). */
    boolean isRoot() {
        return parts.isEmpty();
    }

    String leaf() {
        return parts.get(parts.size() - 1);
    }

    List<String> parentParts() {
        return parts.subList(0, parts.size() - 1);
    }

    /** The components joined with {@code /}. */
    String relative() {
        return String.join("/", parts);
    }
}
