"""tempfile answered by Osprey's Tempfile. Osprey creates and removes the files; what Python hands back for a
descriptor is Python's own file object over Osprey's descriptor (closefd=False: the Osprey object owns it)."""
import io
import os
import tempfile

from .jvm import back, java, jpath, jstr, pbytes, pstr, replace


def _s(x):
    return None if x is None else jpath(os.fspath(x))


def install():
    from org.osprey.tempfile import NamedTempOptions, TempDirOptions, Tempfile, TempOptions
    tf = Tempfile.get()

    def sync_tempdir():
        """tempfile.tempdir is a module global the tests set directly: Osprey's follows it."""
        want = tempfile.tempdir
        want = os.fsdecode(want) if isinstance(want, bytes) else want
        if pstr(tf.tempdir()) != want:
            tf.tempdir(None if want is None else jstr(want))

    def options(cls, suffix, prefix, dir):
        sync_tempdir()
        o = cls.DEFAULT
        for value, setter in ((suffix, 'withSuffix'), (prefix, 'withPrefix'), (dir, 'withDir')):
            if value is not None:
                o = getattr(o, setter)(_s(value))
        return o

    def like(suffix, prefix, dir):
        """CPython's _sanitize_params: all bytes or all str (TypeError when mixed)."""
        kinds = {type(os.fspath(x)) for x in (suffix, prefix, dir) if x is not None}
        if len(kinds) > 1:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        return b'' if bytes in kinds else ''

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
        kind = like(suffix, prefix, dir)
        r = tf.mkstemp(options(TempOptions, suffix, prefix, dir).withText(bool(text)))
        return int(r.fd()), back(r.name(), kind) if kind == '' else os.fsencode(pstr(r.name()))
    replace(tempfile, 'mkstemp', mkstemp)

    @java
    def mkdtemp(suffix=None, prefix=None, dir=None):
        kind = like(suffix, prefix, dir)
        name = pstr(tf.mkdtemp(options(TempOptions, suffix, prefix, dir)))
        return os.fsencode(name) if kind == b'' else name
    replace(tempfile, 'mkdtemp', mkdtemp)

    @java
    def mktemp(suffix='', prefix='tmp', dir=None):
        return pstr(tf.mktemp(options(TempOptions, suffix, prefix, dir)))
    replace(tempfile, 'mktemp', mktemp)

    class _OspreyFile:
        """Python's file object over an Osprey temporary file's descriptor; closing closes both."""

        def __init__(self, owner, mode, buffering, encoding, newline, errors, name=None):
            self._owner = owner
            try:
                self.file = io.open(int(owner.fileno()), mode, buffering=buffering, encoding=encoding,
                                    newline=newline, errors=errors, closefd=False)
            except BaseException:  # a bad mode or encoding: nothing is left behind, as in CPython
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

    @java
    def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        like(suffix, prefix, dir)
        return _OspreyFile(tf.temporaryFile(options(TempOptions, suffix, prefix, dir)), mode, buffering,
                           encoding, newline, errors)
    replace(tempfile, 'TemporaryFile', TemporaryFile)

    @java
    def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                           dir=None, delete=True, *, errors=None, delete_on_close=True):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        kind = like(suffix, prefix, dir)
        o = options(NamedTempOptions, suffix, prefix, dir).withDelete(bool(delete)) \
            .withDeleteOnClose(bool(delete_on_close))
        owner = tf.namedTemporaryFile(o)
        name = pstr(owner.name())
        return _OspreyFile(owner, mode, buffering, encoding, newline, errors,
                           os.fsencode(name) if kind == b'' else name)
    replace(tempfile, 'NamedTemporaryFile', NamedTemporaryFile)

    class TemporaryDirectory:
        """tempfile.TemporaryDirectory over Osprey's."""

        @java
        def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
            kind = like(suffix, prefix, dir)
            o = options(TempDirOptions, suffix, prefix, dir).withIgnoreCleanupErrors(bool(ignore_cleanup_errors)) \
                .withDelete(bool(delete))
            self._java = tf.temporaryDirectory(o)
            name = pstr(self._java.name())
            self.name = os.fsencode(name) if kind == b'' else name

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
