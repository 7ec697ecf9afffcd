package org.osprey.shutil;

import java.io.IOException;

/** Python's {@code shutil.Error}: a {@code shutil} operation failed for a reason other than one OS call. */
public class ShutilException extends IOException {
    private static final long serialVersionUID = 1L;

    public ShutilException(String message) {
        super(message);
    }
}
