package org.osprey.shutil.internal.archive;

import java.util.ArrayList;
import java.util.List;

import org.osprey.shutil.ArchiveFilterException;

/** An archive member's name as path components below the destination: empty and {@code .} parts dropped. */
record MemberPath(String name, List<String> parts) {
    /**
     * The components of {@code name}, or a refusal: an absolute name or a {@code ..} component could leave the
     * destination, so neither is accepted (Python's filters strip a leading {@code /}; refusing is stricter).
     */
    static MemberPath of(String name) throws ArchiveFilterException {
        if (name.startsWith("/")) {
            throw new ArchiveFilterException(name, "member '" + name + "' has an absolute path");
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new ArchiveFilterException(name,
                        "'" + name + "' has a '..' component and could be extracted outside the destination");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return new MemberPath(name, List.copyOf(parts));
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
