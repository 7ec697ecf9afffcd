package org.osprey.tempfile.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.FdChannel;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.tempfile.BytesMkstempResult;
import org.osprey.tempfile.BytesNamedTempOptions;
import org.osprey.tempfile.BytesNames;
import org.osprey.tempfile.BytesTempDirOptions;
import org.osprey.tempfile.BytesTempOptions;
import org.osprey.tempfile.MkstempResult;
import org.osprey.tempfile.NamedTempOptions;
import org.osprey.tempfile.NamedTemporaryFile;
import org.osprey.tempfile.NamedTemporaryTextFile;
import org.osprey.tempfile.SpooledTemporaryFile;
import org.osprey.tempfile.SpooledTemporaryTextFile;
import org.osprey.tempfile.TempDirOptions;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;
import org.osprey.tempfile.TemporaryDirectory;
import org.osprey.tempfile.TemporaryFile;
import org.osprey.tempfile.TemporaryTextFile;
import org.osprey.tempfile.TextOptions;
import org.osprey.io.TextIO;

/** {@link Tempfile} over one {@link Os}; the DS component of this bundle. */
@Component(service = Tempfile.class, immediate = true)
public final class TempfileImpl implements Tempfile {
    // Python's _O_TMPFILE_WORKS: cleared for good when the kernel turns out to read O_TMPFILE as O_DIRECTORY
    private static volatile boolean oTmpfileWorks = true;

    private final Os os;
    private final Supplier<String> names;
    private final int openFlags;

    @Activate
    public TempfileImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this(os, Names::next);
    }

    /** With the given source of names instead of random ones: lets tests make names collide. */
    TempfileImpl(Os os, Supplier<String> names) {
        this.os = Objects.requireNonNull(os, "os");
        this.names = names;
        this.openFlags = os.O_RDWR() | os.O_CREAT() | os.O_EXCL() | os.O_CLOEXEC()
                | os.fdConstants().find("O_NOFOLLOW").orElse(0);
    }

    @Override
    public String gettempdir() throws OsException {
        return TempDirs.gettempdir(os, openFlags);
    }

    @Override
    public byte[] gettempdirb() throws OsException {
        return os.fsencode(gettempdir());
    }

    @Override
    public String gettempprefix() {
        return Params.TEMPLATE;
    }

    @Override
    public byte[] gettempprefixb() {
        return Params.TEMPLATE.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String tempdir() {
        return TempDirs.get();
    }

    @Override
    public void tempdir(String dir) {
        TempDirs.set(dir);
    }

    @Override
    public void tempdirb(byte[] dir) {
        TempDirs.set(decode(dir));
    }

    /** Python's {@code bytes} argument as the {@code str} the same bytes name ({@code os.fsdecode}). */
    private String decode(byte[] b) {
        return b == null ? null : os.fsdecode(b);
    }

    private TempOptions decode(BytesNames b, boolean text) {
        return new TempOptions(decode(b.suffix()), decode(b.prefix()), decode(b.dir()), text);
    }

    private TempOptions decode(BytesTempOptions options) {
        Objects.requireNonNull(options, "options");
        return decode(options.names(), options.text());
    }

    @Override
    public String template() {
        return Params.TEMPLATE;
    }

    /** The parameters with every default applied, the directory included. */
    private Params sanitize(String suffix, String prefix, String dir) throws OsException {
        Params p = Params.of(suffix, prefix, dir);
        return p.dir() != null ? p : new Params(p.suffix(), p.prefix(), gettempdir());
    }

    @Override
    public MkstempResult mkstemp() throws IOException {
        return mkstemp(TempOptions.DEFAULT);
    }

    @Override
    public MkstempResult mkstemp(TempOptions options) throws IOException {
        // text changes nothing on POSIX (no O_BINARY/O_TEXT there)
        return mkstempInner(sanitize(options.suffix(), options.prefix(), options.dir()));
    }

    @Override
    public BytesMkstempResult mkstemp(BytesTempOptions options) throws IOException {
        MkstempResult r = mkstemp(decode(options));
        return new BytesMkstempResult(r.fd(), os.fsencode(r.name()));
    }

    private MkstempResult mkstempInner(Params p) throws OsException {
        String dir = os.path().abspath(p.dir());
        for (int i = 0; i < TMP_MAX; i++) {
            String file = os.path().join(dir, p.join(names.get()));
            try {
                return new MkstempResult(os.open(file, openFlags, 0600), file);
            } catch (FileExistsOsException e) {
                continue; // taken: never reused, never truncated
            }
        }
        throw noUsableName("No usable temporary file name found");
    }

    /** Python's {@code FileExistsError(errno.EEXIST, message)} after {@code TMP_MAX} names were taken. */
    private FileExistsOsException noUsableName(String message) {
        return new FileExistsOsException(os.errno().EEXIST(), message, null, null);
    }

    @Override
    public String mkdtemp() throws IOException {
        return mkdtemp(TempOptions.DEFAULT);
    }

    @Override
    public String mkdtemp(TempOptions options) throws IOException {
        Params p = sanitize(options.suffix(), options.prefix(), options.dir());
        for (int i = 0; i < TMP_MAX; i++) {
            String file = os.path().join(p.dir(), p.join(names.get()));
            try {
                os.mkdir(file, 0700);
            } catch (FileExistsOsException e) {
                continue;
            }
            return os.path().abspath(file);
        }
        throw noUsableName("No usable temporary directory name found");
    }

    @Override
    public byte[] mkdtemp(BytesTempOptions options) throws IOException {
        return os.fsencode(mkdtemp(decode(options)));
    }

    @Override
    @Deprecated
    public String mktemp() throws IOException {
        return mktemp(TempOptions.DEFAULT);
    }

    @Override
    @Deprecated
    public String mktemp(TempOptions options) throws IOException {
        Params p = sanitize(options.suffix(), options.prefix(), options.dir());
        for (int i = 0; i < TMP_MAX; i++) {
            String file = os.path().join(p.dir(), p.join(names.get()));
            if (!os.path().lexists(file)) {
                return file;
            }
        }
        throw noUsableName("No usable temporary filename found");
    }

    @Override
    public TemporaryFile temporaryFile() throws IOException {
        return temporaryFile(TempOptions.DEFAULT);
    }

    @Override
    public TemporaryFile temporaryFile(TempOptions options) throws IOException {
        FdChannel channel = openTemporaryFile(options);
        try {
            return new FdTemporaryFile(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The descriptor of a new file without a name, owned by the channel. */
    private FdChannel openTemporaryFile(TempOptions options) throws IOException {
        Params p = sanitize(options.suffix(), options.prefix(), options.dir());
        if (oTmpfileWorks && os.fdConstants().has("O_TMPFILE")) {
            try {
                int fd = os.open(p.dir(), (openFlags | os.O_TMPFILE()) & ~os.O_CREAT(), 0600);
                return os.fdopen(fd);
            } catch (IsADirectoryOsException e) {
                oTmpfileWorks = false; // Linux before 3.11 ignores O_TMPFILE and opens the directory
            } catch (OsException e) {
                // this file system has no O_TMPFILE (EOPNOTSUPP), or the directory is unusable: the
                // fall-back reports the latter properly
            }
        }
        MkstempResult created = mkstempInner(p);
        try {
            os.unlink(created.name());
        } catch (OsException | RuntimeException e) {
            os.close(created.fd());
            throw e;
        }
        return os.fdopen(created.fd());
    }

    @Override
    public TemporaryTextFile temporaryFile(TempOptions options, TextOptions text) throws IOException {
        return temporaryTextFile(options, text);
    }

    /** {@code TemporaryFile('w+', ...)}, also what a text {@code SpooledTemporaryFile} rolls over to. */
    TextFileImpl temporaryTextFile(TempOptions options, TextOptions text) throws IOException {
        TextIO.check(text.encoding(), text.errors(), text.newline());
        FdChannel channel = openTemporaryFile(options);
        TextIO io = TextFileImpl.open(os, channel, text);
        try {
            return new TextFileImpl(io, channel, null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public TemporaryTextFile temporaryFile(BytesTempOptions options, TextOptions text) throws IOException {
        return temporaryFile(decode(options), text);
    }

    @Override
    public TemporaryFile temporaryFile(BytesTempOptions options) throws IOException {
        return temporaryFile(decode(options));
    }

    @Override
    public NamedTemporaryFile namedTemporaryFile() throws IOException {
        return namedTemporaryFile(NamedTempOptions.DEFAULT);
    }

    @Override
    public NamedTemporaryFile namedTemporaryFile(NamedTempOptions options) throws IOException {
        MkstempResult created = mkstempInner(sanitize(options.suffix(), options.prefix(), options.dir()));
        FdChannel channel = os.fdopen(created.fd());
        return NamedTemporaryFileImpl.of(os, channel, created.name(), options.delete(), options.deleteOnClose());
    }

    @Override
    public NamedTemporaryTextFile namedTemporaryFile(NamedTempOptions options, TextOptions text)
            throws IOException {
        TextIO.check(text.encoding(), text.errors(), text.newline());
        MkstempResult created = mkstempInner(sanitize(options.suffix(), options.prefix(), options.dir()));
        FdChannel channel = os.fdopen(created.fd());
        try {
            TextIO io = TextFileImpl.open(os, channel, text);
            return NamedTextFileImpl.of(os, io, channel, created.name(), options.delete(), options.deleteOnClose());
        } catch (IOException | RuntimeException e) {
            channel.close();
            os.unlink(created.name());
            throw e;
        }
    }

    @Override
    public NamedTemporaryFile namedTemporaryFile(BytesNamedTempOptions options) throws IOException {
        return namedTemporaryFile(decode(options));
    }

    private NamedTempOptions decode(BytesNamedTempOptions options) {
        TempOptions names = decode(options.names(), false);
        return new NamedTempOptions(names.suffix(), names.prefix(), names.dir(), options.delete(),
                options.deleteOnClose());
    }

    @Override
    public NamedTemporaryTextFile namedTemporaryFile(BytesNamedTempOptions options, TextOptions text)
            throws IOException {
        return namedTemporaryFile(decode(options), text);
    }

    @Override
    public SpooledTemporaryFile spooledTemporaryFile(int maxSize) {
        return spooledTemporaryFile(maxSize, TempOptions.DEFAULT);
    }

    @Override
    public SpooledTemporaryFile spooledTemporaryFile(int maxSize, TempOptions options) {
        checkSpooled(maxSize, options);
        return new SpooledTemporaryFileImpl(this, maxSize, options);
    }

    private static void checkSpooled(int maxSize, TempOptions options) {
        Objects.requireNonNull(options, "options");
        if (maxSize < 0) {
            throw new IllegalArgumentException("negative max_size: " + maxSize);
        }
        Params.of(options.suffix(), options.prefix(), options.dir()); // a NUL fails now, not at rollover
    }

    @Override
    public SpooledTemporaryFile spooledTemporaryFile(int maxSize, BytesTempOptions options) {
        return spooledTemporaryFile(maxSize, decode(options));
    }

    @Override
    public SpooledTemporaryTextFile spooledTemporaryFile(int maxSize, TempOptions options, TextOptions text) {
        Objects.requireNonNull(text, "text");
        checkSpooled(maxSize, options);
        TextIO.check(text.encoding(), text.errors(), text.newline());
        return new SpooledTextFileImpl(this, maxSize, options, text, os.linesep());
    }

    @Override
    public SpooledTemporaryTextFile spooledTemporaryFile(int maxSize, BytesTempOptions options, TextOptions text) {
        Objects.requireNonNull(text, "text");
        return spooledTemporaryFile(maxSize, decode(options), text);
    }

    @Override
    public TemporaryDirectory temporaryDirectory() throws IOException {
        return temporaryDirectory(TempDirOptions.DEFAULT);
    }

    @Override
    public TemporaryDirectory temporaryDirectory(TempDirOptions options) throws IOException {
        String name = mkdtemp(new TempOptions(options.suffix(), options.prefix(), options.dir(), false));
        return new TemporaryDirectoryImpl(os, name, false, options.ignoreCleanupErrors(), options.delete());
    }

    @Override
    public TemporaryDirectory temporaryDirectory(BytesTempDirOptions options) throws IOException {
        String name = mkdtemp(decode(options.names(), false));
        return new TemporaryDirectoryImpl(os, name, true, options.ignoreCleanupErrors(), options.delete());
    }
}
