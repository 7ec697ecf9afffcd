package org.osprey.shutil;

import java.io.IOException;

/** Python's {@code shutil.SpecialFileError}: a copy met a file it cannot copy, such as a named pipe. */
public class SpecialFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code shutil.SpecialFileError(message)}.
     *
     * @param message Python's message
     */
    public SpecialFileException(String message) {
        super(message);
    }
}
