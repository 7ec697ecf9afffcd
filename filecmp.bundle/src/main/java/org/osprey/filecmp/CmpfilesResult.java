package org.osprey.filecmp;

import java.util.List;

/**
 * The tuple {@code (match, mismatch, errors)} that {@code filecmp.cmpfiles} returns.
 *
 * @param match    names whose files compare equal
 * @param mismatch names whose files differ
 * @param errors   names that could not be compared
 */
public record CmpfilesResult(List<String> match, List<String> mismatch, List<String> errors) {
    /**
     * The result; the lists are copied.
     *
     * @param match names whose files compare equal
     * @param mismatch names whose files differ
     * @param errors names that could not be compared
     */
    public CmpfilesResult {
        match = List.copyOf(match);
        mismatch = List.copyOf(mismatch);
        errors = List.copyOf(errors);
    }
}
