package org.osprey.logging.handlers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * Python's {@code logging.handlers.SysLogHandler}: each record, formatted, prefixed with {@code <priority>} and
 * {@link #ident()}, ended with a NUL ({@link #appendNul()}), sent as UTF-8 to a syslog daemon over UDP (the
 * default, {@code localhost:514}), TCP, or a Unix socket.
 *
 * <p>A Unix socket ({@link #DEV_LOG}, Linux's {@code /dev/log}, is a datagram socket) is connected through
 * {@link Os#connectUnixSocket}, as Python's {@code _connect_unixsocket}: with no socket type, as a datagram socket
 * first and, if that fails, as a stream socket; each record is one {@code os.write} on the descriptor. A provider
 * without Unix sockets (the JDK's: the JDK has no Unix datagram channel) reaches stream sockets only, through a JDK
 * channel; {@link SocketType#SOCK_DGRAM} with a Unix address then fails with {@link UnsupportedOperationException}.
 */
public class SysLogHandler extends Handler {
    /** Python's {@code SYSLOG_UDP_PORT}. */
    public static final int SYSLOG_UDP_PORT = 514;
    /** Linux's syslog socket, a Unix datagram socket (macOS's is {@code /var/run/syslog}). */
    public static final String DEV_LOG = "/dev/log";
    /** Python's {@code SYSLOG_TCP_PORT}. */
    public static final int SYSLOG_TCP_PORT = 514;

    /** System is unusable. */
    public static final int LOG_EMERG = 0;
    /** Action must be taken immediately. */
    public static final int LOG_ALERT = 1;
    /** Critical conditions. */
    public static final int LOG_CRIT = 2;
    /** Error conditions. */
    public static final int LOG_ERR = 3;
    /** Warning conditions. */
    public static final int LOG_WARNING = 4;
    /** Normal but significant condition. */
    public static final int LOG_NOTICE = 5;
    /** Informational. */
    public static final int LOG_INFO = 6;
    /** Debug-level messages. */
    public static final int LOG_DEBUG = 7;

    /** Kernel messages. */
    public static final int LOG_KERN = 0;
    /** Random user-level messages. */
    public static final int LOG_USER = 1;
    /** Mail system. */
    public static final int LOG_MAIL = 2;
    /** System daemons. */
    public static final int LOG_DAEMON = 3;
    /** Security/authorization messages. */
    public static final int LOG_AUTH = 4;
    /** Messages generated internally by syslogd. */
    public static final int LOG_SYSLOG = 5;
    /** Line printer subsystem. */
    public static final int LOG_LPR = 6;
    /** Network news subsystem. */
    public static final int LOG_NEWS = 7;
    /** UUCP subsystem. */
    public static final int LOG_UUCP = 8;
    /** Clock daemon. */
    public static final int LOG_CRON = 9;
    /** Security/authorization messages (private). */
    public static final int LOG_AUTHPRIV = 10;
    /** FTP daemon. */
    public static final int LOG_FTP = 11;
    /** NTP subsystem. */
    public static final int LOG_NTP = 12;
    /** Log audit. */
    public static final int LOG_SECURITY = 13;
    /** Log alert. */
    public static final int LOG_CONSOLE = 14;
    /** Scheduling daemon (Solaris). */
    public static final int LOG_SOLCRON = 15;
    /** Reserved for local use. */
    public static final int LOG_LOCAL0 = 16;
    /** Reserved for local use. */
    public static final int LOG_LOCAL1 = 17;
    /** Reserved for local use. */
    public static final int LOG_LOCAL2 = 18;
    /** Reserved for local use. */
    public static final int LOG_LOCAL3 = 19;
    /** Reserved for local use. */
    public static final int LOG_LOCAL4 = 20;
    /** Reserved for local use. */
    public static final int LOG_LOCAL5 = 21;
    /** Reserved for local use. */
    public static final int LOG_LOCAL6 = 22;
    /** Reserved for local use. */
    public static final int LOG_LOCAL7 = 23;

    /** Python's {@code priority_names}. */
    public static final Map<String, Integer> PRIORITY_NAMES = Map.ofEntries(Map.entry("alert", LOG_ALERT),
            Map.entry("crit", LOG_CRIT), Map.entry("critical", LOG_CRIT), Map.entry("debug", LOG_DEBUG),
            Map.entry("emerg", LOG_EMERG), Map.entry("err", LOG_ERR), Map.entry("error", LOG_ERR),
            Map.entry("info", LOG_INFO), Map.entry("notice", LOG_NOTICE), Map.entry("panic", LOG_EMERG),
            Map.entry("warn", LOG_WARNING), Map.entry("warning", LOG_WARNING));

    /** Python's {@code facility_names}. */
    public static final Map<String, Integer> FACILITY_NAMES = Map.ofEntries(Map.entry("auth", LOG_AUTH),
            Map.entry("authpriv", LOG_AUTHPRIV), Map.entry("console", LOG_CONSOLE), Map.entry("cron", LOG_CRON),
            Map.entry("daemon", LOG_DAEMON), Map.entry("ftp", LOG_FTP), Map.entry("kern", LOG_KERN),
            Map.entry("lpr", LOG_LPR), Map.entry("mail", LOG_MAIL), Map.entry("news", LOG_NEWS),
            Map.entry("ntp", LOG_NTP), Map.entry("security", LOG_SECURITY), Map.entry("solaris-cron", LOG_SOLCRON),
            Map.entry("syslog", LOG_SYSLOG), Map.entry("user", LOG_USER), Map.entry("uucp", LOG_UUCP),
            Map.entry("local0", LOG_LOCAL0), Map.entry("local1", LOG_LOCAL1), Map.entry("local2", LOG_LOCAL2),
            Map.entry("local3", LOG_LOCAL3), Map.entry("local4", LOG_LOCAL4), Map.entry("local5", LOG_LOCAL5),
            Map.entry("local6", LOG_LOCAL6), Map.entry("local7", LOG_LOCAL7));

    /** Python's {@code priority_map}: level names to {@link #PRIORITY_NAMES} keys. */
    public static final Map<String, String> PRIORITY_MAP = Map.of("DEBUG", "debug", "INFO", "info", "WARNING",
            "warning", "ERROR", "error", "CRITICAL", "critical");

    /** Python's {@code socket.SOCK_DGRAM} and {@code socket.SOCK_STREAM}, the {@code socktype} argument. */
    public enum SocketType {
        /** Datagrams: UDP. */
        SOCK_DGRAM,
        /** A stream: TCP or a Unix stream socket. */
        SOCK_STREAM
    }

    /** The Unix socket's path, or null. */
    private final String unixAddress;
    /** What connects the Unix socket, or null. */
    private final Os os;
    /** The UDP or TCP address, or null. */
    private final InetSocketAddress inetAddress;
    private final int facility;
    private SocketType socktype;
    private ByteChannel socket;
    private DatagramChannel datagrams;
    private volatile String ident = "";
    private volatile boolean appendNul = true;

    /**
     * Mirrors {@code SysLogHandler()}: UDP to {@code localhost:514}, facility {@code LOG_USER}.
     *
     * @throws IOException Python's OSError creating the socket
     */
    public SysLogHandler() throws IOException {
        this(new InetSocketAddress("localhost", SYSLOG_UDP_PORT), LOG_USER, null);
    }

    /**
     * Mirrors {@code SysLogHandler(address=path)}: a Unix socket, tried now and again with each record until it
     * connects (Python's {@code createSocket}).
     *
     * @param address the socket's path, such as {@link #DEV_LOG}
     */
    public SysLogHandler(String address) {
        this(address, LOG_USER, null);
    }

    /**
     * Mirrors {@code SysLogHandler(address=path, facility, socktype)}.
     *
     * @param address the socket's path
     * @param facility a {@code LOG_*} facility
     * @param socktype {@link SocketType#SOCK_DGRAM}, {@link SocketType#SOCK_STREAM}, or null (a datagram socket,
     *        else a stream socket)
     * @throws UnsupportedOperationException for {@link SocketType#SOCK_DGRAM} where the provider has no Unix
     *         sockets (the JDK's)
     */
    public SysLogHandler(String address, int facility, SocketType socktype) {
        this.os = Os.get();
        this.unixAddress = address;
        this.inetAddress = null;
        this.facility = facility;
        this.socktype = socktype;
        try {
            createSocket();
        } catch (IOException notListeningYet) {
            // as Python's: the next record tries again
        }
    }

    /**
     * Mirrors {@code SysLogHandler(address=(host, port), facility, socktype)}: UDP, or TCP connected now.
     *
     * @param address the daemon's host and port (each address of the host is tried, as {@code getaddrinfo}'s)
     * @param facility a {@code LOG_*} facility
     * @param socktype {@link SocketType#SOCK_DGRAM} or null for UDP, {@link SocketType#SOCK_STREAM} for TCP
     * @throws IOException Python's OSError creating or connecting the socket
     */
    public SysLogHandler(InetSocketAddress address, int facility, SocketType socktype) throws IOException {
        this.os = null;
        this.unixAddress = null;
        this.inetAddress = address;
        this.facility = facility;
        this.socktype = socktype == null ? SocketType.SOCK_DGRAM : socktype;
        createSocket();
    }

    /** @return Python's {@code address}: the Unix socket's path, or the {@link InetSocketAddress} */
    public Object address() {
        return unixAddress != null ? unixAddress : inetAddress;
    }

    /** @return Python's {@code facility} */
    public int facility() {
        return facility;
    }

    /** @return Python's {@code socktype}: the type in use, or null while a Unix socket is not connected */
    public SocketType socktype() {
        acquire();
        try {
            return socktype;
        } finally {
            release();
        }
    }

    /** @return Python's {@code unixsocket} */
    public boolean unixsocket() {
        return unixAddress != null;
    }

    /** @return Python's {@code ident}: prepended to each message, {@code ""} by default */
    public String ident() {
        return ident;
    }

    /**
     * Sets Python's {@code ident}.
     *
     * @param ident the prefix, such as {@code "myapp: "}
     */
    public void setIdent(String ident) {
        this.ident = ident == null ? "" : ident;
    }

    /** @return Python's {@code append_nul}: whether a NUL ends each message, true by default */
    public boolean appendNul() {
        return appendNul;
    }

    /**
     * Sets Python's {@code append_nul}.
     *
     * @param appendNul whether a NUL ends each message
     */
    public void setAppendNul(boolean appendNul) {
        this.appendNul = appendNul;
    }

    /**
     * Mirrors {@code createSocket()}: the Unix stream socket connected, or the UDP socket, or the TCP socket
     * connected to the first address of the host that accepts.
     *
     * @throws IOException Python's OSError
     */
    public void createSocket() throws IOException {
        acquire();
        try {
            if (unixAddress != null) {
                connectUnixSocket();
                return;
            }
            IOException err = null;
            for (InetAddress host : InetAddress.getAllByName(inetAddress.getHostString())) {
                InetSocketAddress to = new InetSocketAddress(host, inetAddress.getPort());
                try {
                    if (socktype == SocketType.SOCK_STREAM) {
                        socket = SocketChannel.open(to);
                    } else {
                        datagrams = DatagramChannel.open();
                        socket = datagrams;
                    }
                    return;
                } catch (IOException e) {
                    err = e;
                }
            }
            throw err;
        } finally {
            release();
        }
    }

    /**
     * Python's {@code _connect_unixsocket(address)}: the type asked for, or a datagram socket and then a stream
     * socket; a provider without Unix sockets connects streams through the JDK.
     */
    private void connectUnixSocket() throws IOException {
        SocketType use = socktype == null ? SocketType.SOCK_DGRAM : socktype;
        try {
            socket = connectThroughOs(use);
            socktype = use;
        } catch (OsException e) {
            if (socktype != null) {
                throw e;
            }
            socket = connectThroughOs(SocketType.SOCK_STREAM);
            socktype = SocketType.SOCK_STREAM;
        } catch (UnsupportedOperationException noUnixSockets) {
            if (use == SocketType.SOCK_DGRAM && socktype != null) {
                throw noUnixSockets;
            }
            socket = connectThroughJdk();
            socktype = SocketType.SOCK_STREAM;
        }
    }

    private ByteChannel connectThroughOs(SocketType type) throws OsException {
        int fd = os.connectUnixSocket(unixAddress, type == SocketType.SOCK_DGRAM ? os.SOCK_DGRAM() : os.SOCK_STREAM());
        return os.fdopen(fd);
    }

    private SocketChannel connectThroughJdk() throws IOException {
        SocketChannel s = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            s.connect(UnixDomainSocketAddress.of(unixAddress));
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /**
     * Mirrors {@code encodePriority(facility, priority)}: {@code facility << 3 | priority}.
     *
     * @param facility a {@code LOG_*} facility
     * @param priority a {@code LOG_*} priority
     * @return the encoded priority
     */
    public int encodePriority(int facility, int priority) {
        return facility << 3 | priority;
    }

    /**
     * Mirrors {@code encodePriority(facility, priority)} with a priority's name.
     *
     * @param facility a {@code LOG_*} facility
     * @param priority a key of {@link #PRIORITY_NAMES}
     * @return the encoded priority
     * @throws NoSuchElementException Python's KeyError for another name
     */
    public int encodePriority(int facility, String priority) {
        return encodePriority(facility, lookup(PRIORITY_NAMES, priority));
    }

    /**
     * Mirrors {@code encodePriority(facility, priority)} with names.
     *
     * @param facility a key of {@link #FACILITY_NAMES}
     * @param priority a key of {@link #PRIORITY_NAMES}
     * @return the encoded priority
     * @throws NoSuchElementException Python's KeyError for another name
     */
    public int encodePriority(String facility, String priority) {
        return encodePriority(lookup(FACILITY_NAMES, facility), priority);
    }

    private static int lookup(Map<String, Integer> names, String name) {
        Integer value = names.get(name);
        if (value == null) {
            throw new NoSuchElementException("'" + name + "'");
        }
        return value;
    }

    /**
     * Mirrors {@code mapPriority(levelName)}: {@link #PRIORITY_MAP}'s name, {@code warning} for other levels.
     *
     * @param levelName a level's name
     * @return a key of {@link #PRIORITY_NAMES}
     */
    public String mapPriority(String levelName) {
        return PRIORITY_MAP.getOrDefault(levelName, "warning");
    }

    /**
     * Mirrors {@code SysLogHandler.emit(record)}: {@code <priority>ident message\0} in UTF-8, sent; a Unix socket
     * that fails is reconnected once. Any error goes to {@link #handleError}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            String msg = ident + format(record) + (appendNul ? "\0" : "");
            String prio = "<" + encodePriority(facility, mapPriority(record.levelname())) + ">";
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(prio + msg));
            if (socket == null) {
                createSocket();
            }
            if (unixAddress != null) {
                try {
                    sendAll(bytes.duplicate());
                } catch (IOException e) {
                    socket.close();
                    socket = null; // stays so if the reconnection fails: the next record tries again
                    connectUnixSocket();
                    sendAll(bytes);
                }
            } else if (datagrams != null) {
                datagrams.send(bytes, inetAddress);
            } else {
                sendAll(bytes);
            }
        } catch (CharacterCodingException e) {
            handleError(record, new IllegalArgumentException("'utf-8' codec can't encode the message", e));
        } catch (IOException | RuntimeException e) {
            handleError(record, e);
        }
    }

    private void sendAll(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            socket.write(bytes);
        }
    }

    /** Mirrors {@code SysLogHandler.close()}: closes the socket. */
    @Override
    public void close() {
        acquire();
        try {
            ByteChannel s = socket;
            socket = null;
            datagrams = null;
            if (s != null) {
                s.close();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            try {
                super.close();
            } finally {
                release();
            }
        }
    }
}
