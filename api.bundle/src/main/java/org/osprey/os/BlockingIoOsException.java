package org.osprey.os;

/** Python's {@code BlockingIOError}: raised for {@code EAGAIN, EALREADY, EWOULDBLOCK and EINPROGRESS}. */
public class BlockingIoOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public BlockingIoOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
