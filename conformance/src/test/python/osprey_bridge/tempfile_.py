"""tempfile answered by Osprey's Tempfile. Osprey creates, names and removes the files and does text mode;
a binary file is Python's own file object over Osprey's descriptor (closefd=False: the Osprey object owns it),
a text file a thin TextIO over Osprey's TemporaryTextFile."""
import io
import os
import tempfile
import types

import jpype

from .jvm import java, jbytes, jstr, pbytes, plist, pstr, replace


def _infer(*args):
    """CPython's tempfile._infer_return_type: all bytes or all str; none at all follows tempfile.tempdir."""
    kind = None
    for arg in args:
        if arg is None:
            continue
        arg = os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if kind not in (None, this):
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        return bytes if isinstance(tempfile.tempdir, bytes) else str
    return kind


class _FileBase:
    """What Python's file objects share: closed state and its check, writelines, the capability queries."""
    _closed = False
    _readable = True

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        return self._readable

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def flush(self):
        self._check()


class TextFile(_FileBase):
    """A text file object over Osprey's TemporaryTextFile (read/write/seek/tell are Osprey's)."""

    def __init__(self, owner, mode, name):
        self._owner, self.mode, self.name = owner, mode, name
        self._readable = '+' in mode or 'r' in mode  # 'w' is Osprey's 'w+' that Python does not read

    @property
    def encoding(self):
        return pstr(self._owner.encoding())

    @property
    def errors(self):
        return pstr(self._owner.errors())

    @property
    @java
    def newlines(self):
        seen = plist(self._owner.newlines())
        return None if not seen else seen[0] if len(seen) == 1 else tuple(seen)

    def _check_read(self):
        self._check()
        if not self._readable:
            raise io.UnsupportedOperation('not readable')

    @java
    def read(self, size=-1):
        self._check_read()
        return pstr(self._owner.read() if size is None or size < 0 else self._owner.read(size))

    @java
    def readline(self, size=-1):
        self._check_read()
        return pstr(self._owner.readline() if size is None or size < 0 else self._owner.readline(size))

    @java
    def readlines(self, hint=-1):
        self._check_read()
        return plist(self._owner.readlines() if hint is None or hint < 0 else self._owner.readlines(hint))

    @java
    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        return int(self._owner.write(jstr(s)))

    @java
    def tell(self):
        self._check()
        return int(self._owner.tell())

    @java
    def seek(self, offset, whence=0):
        self._check()
        return int(self._owner.seek(offset, whence))

    @java
    def truncate(self, size=None):
        self._check()
        return int(self._owner.truncate() if size is None else self._owner.truncate(size))

    @java
    def flush(self):
        self._check()
        self._owner.flush()

    @java
    def fileno(self):
        return int(self._owner.fileno())

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    @java
    def close(self):
        self._closed = True
        self._owner.close()


class BinaryFile:
    """Python's binary file object over an Osprey temporary file's descriptor; closing closes both."""

    def __init__(self, owner, mode, buffering, name=None):
        self._owner = owner
        try:
            self.file = io.open(int(owner.fileno()), mode, buffering=buffering, closefd=False)
        except BaseException:  # a bad mode: nothing is left behind, as in CPython
            owner.close()
            raise
        self.name = int(owner.fileno()) if name is None else name

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def closed(self):
        return self.file.closed

    @java
    def close(self):
        try:
            self.file.close()
        finally:
            self._owner.close()


def install():
    from org.osprey.tempfile import (BytesNamedTempOptions, BytesTempDirOptions, BytesTempOptions,
                                     NamedTempOptions, TempDirOptions, Tempfile, TempOptions, TextOptions)
    tf = Tempfile.get()
    OPTIONS = {'temp': (TempOptions, BytesTempOptions), 'named': (NamedTempOptions, BytesNamedTempOptions),
               'dir': (TempDirOptions, BytesTempDirOptions)}

    def sync_tempdir():
        """tempfile.tempdir is a module global the tests set directly: Osprey's follows it."""
        want = tempfile.tempdir
        if isinstance(want, bytes):
            tf.tempdirb(jbytes(want))
        elif pstr(tf.tempdir()) != want:
            tf.tempdir(None if want is None else jstr(want))

    def options(which, kind, suffix, prefix, dir):
        sync_tempdir()
        o = OPTIONS[which][kind is bytes].DEFAULT
        for value, setter in ((suffix, 'withSuffix'), (prefix, 'withPrefix'), (dir, 'withDir')):
            if value is not None:
                value = os.fspath(value)
                o = getattr(o, setter)(jbytes(value) if kind is bytes else jstr(value))
        return o

    def text_options(mode, encoding, newline, errors):
        if 'b' in mode:
            return None
        if mode not in ('w', 'w+'):
            raise ValueError(f"mode {mode!r}: Osprey's temporary text files are 'w+' (or 'w', not read)")
        t = TextOptions.DEFAULT
        for value, setter in ((io.text_encoding(encoding), 'withEncoding'), (errors, 'withErrors'),
                              (newline, 'withNewline')):
            if value is not None:
                t = getattr(t, setter)(jstr(value))
        return t

    def settled(value):
        """gettempdir() sets the module global, as CPython's does, and answers that very object."""
        if tempfile.tempdir is None or os.fsdecode(tempfile.tempdir) != value:
            tempfile.tempdir = value
        return tempfile.tempdir

    @java
    def gettempdir():
        sync_tempdir()
        return os.fsdecode(settled(pstr(tf.gettempdir())))
    replace(tempfile, 'gettempdir', gettempdir)

    @java
    def gettempdirb():
        sync_tempdir()
        return os.fsencode(settled(os.fsdecode(pbytes(tf.gettempdirb()))))
    replace(tempfile, 'gettempdirb', gettempdirb)

    replace(tempfile, 'gettempprefix', java(lambda: pstr(tf.gettempprefix())))
    replace(tempfile, 'gettempprefixb', java(lambda: pbytes(tf.gettempprefixb())))

    @java
    def mkstemp(suffix=None, prefix=None, dir=None, text=False):
        kind = _infer(suffix, prefix, dir)
        r = tf.mkstemp(options('temp', kind, suffix, prefix, dir).withText(bool(text)))
        return int(r.fd()), pbytes(r.name()) if kind is bytes else pstr(r.name())
    replace(tempfile, 'mkstemp', mkstemp)

    @java
    def mkdtemp(suffix=None, prefix=None, dir=None):
        kind = _infer(suffix, prefix, dir)
        name = tf.mkdtemp(options('temp', kind, suffix, prefix, dir))
        return pbytes(name) if kind is bytes else pstr(name)
    replace(tempfile, 'mkdtemp', mkdtemp)

    @java
    def mktemp(suffix='', prefix='tmp', dir=None):
        return pstr(tf.mktemp(options('temp', str, suffix, prefix, dir)))
    replace(tempfile, 'mktemp', mktemp)

    @java
    def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        kind = _infer(suffix, prefix, dir)
        text = text_options(mode, encoding, newline, errors)
        o = options('temp', kind, suffix, prefix, dir)
        if text is not None:
            owner = tf.temporaryFile(o, text)
            return TextFile(owner, mode, int(owner.fileno()))
        return BinaryFile(tf.temporaryFile(o), mode, buffering)
    replace(tempfile, 'TemporaryFile', TemporaryFile)

    @java
    def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                           dir=None, delete=True, *, errors=None, delete_on_close=True):
        kind = _infer(suffix, prefix, dir)
        text = text_options(mode, encoding, newline, errors)
        o = options('named', kind, suffix, prefix, dir).withDelete(bool(delete)) \
            .withDeleteOnClose(bool(delete_on_close))
        owner = tf.namedTemporaryFile(o) if text is None else tf.namedTemporaryFile(o, text)
        name = pbytes(owner.nameb()) if kind is bytes else pstr(owner.name())
        return BinaryFile(owner, mode, buffering, name) if text is None else TextFile(owner, mode, name)
    replace(tempfile, 'NamedTemporaryFile', NamedTemporaryFile)

    class SpooledTemporaryFile(io.IOBase):
        """tempfile.SpooledTemporaryFile over Osprey's: in memory until max_size, then a TemporaryFile."""

        @java
        def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                     prefix=None, dir=None, *, errors=None):
            kind = _infer(suffix, prefix, dir)
            text = text_options(mode, encoding, newline, errors)
            o = options('temp', kind, suffix, prefix, dir)
            self._mode = mode
            if text is None:
                self._java = tf.spooledTemporaryFile(max_size, o)
                self._io = _SpooledBinary(self._java)
            else:
                self._java = tf.spooledTemporaryFile(max_size, o, text)
                self._io = TextFile(self._java, mode, None)

        __class_getitem__ = classmethod(types.GenericAlias)

        @property
        def _rolled(self):
            return bool(self._java.rolled())

        @java
        def rollover(self):
            self._java.rollover()

        @property
        def mode(self):  # CPython's: the file's own mode once rolled over
            return ('rb+' if 'b' in self._mode else self._mode) if self._rolled else self._mode

        @property
        def name(self):
            return int(self._java.fileno()) if self._rolled else None

        @java
        def fileno(self):
            return int(self._java.fileno())

        @property
        def closed(self):
            return self._io.closed

        @property
        def encoding(self):
            return self._io.encoding

        @property
        def errors(self):
            return self._io.errors

        @property
        def newlines(self):
            return self._io.newlines

        def __enter__(self):
            if self._io.closed:
                raise ValueError('Cannot enter context with closed file')
            return self

        def __exit__(self, *exc):
            self.close()

        def __iter__(self):
            return iter(self._io)

        def __next__(self):
            return next(self._io)

        def close(self):
            if not self._io.closed:
                self._io.close()

        def detach(self):
            raise io.UnsupportedOperation('detach')

        def read(self, *args):
            return self._io.read(*args)

        def read1(self, *args):
            return self._io.read1(*args)

        def readinto(self, b):
            data = self._io.read(len(b))
            b[:len(data)] = data
            return len(data)

        readinto1 = readinto

        def readline(self, *args):
            return self._io.readline(*args)

        def readlines(self, *args):
            return self._io.readlines(*args)

        def write(self, s):
            return self._io.write(s)

        def writelines(self, iterable):
            return self._io.writelines(iterable)

        def seek(self, *args):
            return self._io.seek(*args)

        def tell(self):
            return self._io.tell()

        def truncate(self, size=None):
            return self._io.truncate(size)

        def flush(self):
            return self._io.flush()

        def isatty(self):
            return False

        def readable(self):
            return self._io.readable()

        def seekable(self):
            return self._io.seekable()

        def writable(self):
            return self._io.writable()

    SpooledTemporaryFile.__module__ = 'tempfile'
    tempfile.SpooledTemporaryFile = SpooledTemporaryFile

    class TemporaryDirectory:
        """tempfile.TemporaryDirectory over Osprey's."""

        @java
        def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
            kind = _infer(suffix, prefix, dir)
            o = options('dir', kind, suffix, prefix, dir).withIgnoreCleanupErrors(bool(ignore_cleanup_errors)) \
                .withDelete(bool(delete))
            self._java = tf.temporaryDirectory(o)
            self.name = pbytes(self._java.nameb()) if kind is bytes else pstr(self._java.name())

        def __repr__(self):
            return f'<{self.__class__.__name__} {self.name!r}>'

        def __enter__(self):
            return self.name

        def __exit__(self, *exc):
            self._close()

        @java
        def _close(self):
            self._java.close()

        @java
        def cleanup(self):
            self._java.cleanup()

    TemporaryDirectory.__module__ = 'tempfile'
    tempfile.TemporaryDirectory = TemporaryDirectory


class _SpooledBinary(_FileBase):
    """The binary file methods of a spooled file, on Osprey's SeekableByteChannel."""

    def __init__(self, channel):
        self._ch = channel

    @java
    def read(self, size=-1):
        self._check()
        ch = self._ch
        if size is None or size < 0:
            size = max(int(ch.size()) - int(ch.position()), 0)
        buf = jpype.java.nio.ByteBuffer.allocate(size)
        while buf.hasRemaining() and ch.read(buf) > 0:
            pass
        return bytes(buf.array()[:buf.position()])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if b == b'\n':
                break
        return bytes(out)

    def readlines(self, hint=-1):
        return list(iter(self.readline, b''))

    def __iter__(self):
        return iter(self.readline, b'')

    @java
    def write(self, data):
        self._check()
        data = bytes(data)
        self._ch.write(jpype.java.nio.ByteBuffer.wrap(jbytes(data)))
        return len(data)

    @java
    def tell(self):
        self._check()
        return int(self._ch.position())

    @java
    def seek(self, offset, whence=0):
        self._check()
        base = {0: 0, 1: int(self._ch.position()), 2: int(self._ch.size())}[whence]
        if base + offset < 0:
            raise ValueError(f'negative seek value {base + offset}')
        self._ch.position(base + offset)
        return base + offset

    @java
    def truncate(self, size=None):
        self._check()
        size = int(self._ch.position()) if size is None else size
        self._ch.truncate(size)
        return size

    @java
    def close(self):
        self._closed = True
        self._ch.close()
