"""The JVM inside this Python process, and the conversions every proxy shares.

Values cross as Java types: str as java.lang.String (lone surrogates, i.e. surrogateescape'd bytes, kept),
bytes as byte[], PathLike through os.fspath. Java exceptions come back as the Python exceptions Osprey's
README maps them to, so CPython's tests see the errors they expect.
"""
import functools
import glob
import os

import jpype
import jpype.imports  # noqa: F401  (enables `from org.osprey... import`)

JPYPE_JARS = ('/usr/share/java/org.jpype.jar',)


def start(classpath):
    """Starts the JVM with Osprey's jars; the JPype support jar is looked for where Debian and pip put it."""
    support = [j for j in JPYPE_JARS if os.path.exists(j)]
    support += glob.glob(os.path.join(os.path.dirname(os.path.dirname(jpype.__file__)), 'org.jpype*.jar'))
    # Os.get() chooses the provider by rank; OSPREY_PROVIDER forces one by id (nio, the fallback anywhere)
    forced = [f'-Dosprey.provider={os.environ["OSPREY_PROVIDER"]}'] if os.environ.get('OSPREY_PROVIDER') else []
    jpype.startJVM(*forced, classpath=support[:1] + list(classpath), convertStrings=False)


class Calls:
    """How many calls reached Java, per test (reset by the runner)."""
    count = 0


# --- values -------------------------------------------------------------------------------------------

def jstr(s):
    """A Python str as a java.lang.String, lone surrogates included (JPype's own conversion refuses them)."""
    try:
        return jpype.JString(s)
    except UnicodeEncodeError:
        units = memoryview(s.encode('utf-16-le', 'surrogatepass')).cast('H').tolist()
        return jpype.java.lang.String(jpype.JArray(jpype.JChar)(units))


def pstr(j):
    """A java.lang.String as a Python str; None stays None."""
    if j is None:
        return None
    try:
        return str(j)
    except UnicodeDecodeError:
        return bytes(memoryview(jpype.JArray(jpype.JChar)(j.toCharArray())).cast('B')).decode(
            'utf-16-le', 'surrogatepass')


def jbytes(b):
    return jpype.JArray(jpype.JByte)(bytes(b))


def pbytes(j):
    """A Java byte[] as Python bytes; None stays None."""
    if j is None:
        return None
    return bytes(memoryview(j).cast('B')) if len(j) else b''


def jpath(p, what='path'):
    """A path argument: str -> String, bytes -> byte[], PathLike through os.fspath, else TypeError."""
    p = os.fspath(p) if not isinstance(p, (str, bytes)) and hasattr(p, '__fspath__') else p
    if isinstance(p, str):
        return jstr(p)
    if isinstance(p, (bytes, bytearray)):
        return jbytes(p)
    raise TypeError(f'{what} should be string, bytes or os.PathLike, not {type(p).__name__}')


def back(value, like):
    """A Java path result in the type of the argument it came from (str or bytes)."""
    if value is None:
        return None
    if isinstance(like, (bytes, bytearray)):
        return pbytes(value) if not isinstance(value, jpype.JString) else os.fsencode(pstr(value))
    return pstr(value)


def plist(jlist, convert=pstr):
    return [convert(x) for x in jlist]


def jpaths(items):
    """A Java list of paths; one of bytes is offered as a Collection, the type of the byte[] overloads
    (Java cannot overload List<String> against List<byte[]>)."""
    lst = jpype.java.util.ArrayList()
    for x in items:
        lst.add(jpath(x))
    if items and isinstance(next(iter(items)), bytes):
        return jpype.JObject(lst, jpype.java.util.Collection)
    return lst


# --- errors -------------------------------------------------------------------------------------------

_OS_ERRORS = {
    'FileNotFoundOsException': FileNotFoundError, 'FileExistsOsException': FileExistsError,
    'PermissionOsException': PermissionError, 'IsADirectoryOsException': IsADirectoryError,
    'NotADirectoryOsException': NotADirectoryError, 'InterruptedOsException': InterruptedError,
    'BlockingIoOsException': BlockingIOError, 'ChildProcessOsException': ChildProcessError,
    'ProcessLookupOsException': ProcessLookupError, 'TimeoutOsException': TimeoutError,
    'ConnectionOsException': ConnectionError, 'BrokenPipeOsException': BrokenPipeError,
    'ConnectionAbortedOsException': ConnectionAbortedError,
    'ConnectionRefusedOsException': ConnectionRefusedError, 'ConnectionResetOsException': ConnectionResetError,
}
_JAVA_ERRORS = {
    'java.lang.IllegalArgumentException': ValueError, 'java.lang.NullPointerException': TypeError,
    'java.util.NoSuchElementException': KeyError, 'java.lang.UnsupportedOperationException': NotImplementedError,
    'java.lang.IndexOutOfBoundsException': IndexError, 'java.lang.ArithmeticException': OverflowError,
}
# module exceptions that are not errno errors: Java class simple name -> Python class (filled by the proxies)
MODULE_ERRORS = {}


def _java_chain(cls):
    while cls is not None:
        yield cls
        cls = cls.getSuperclass()


def to_python(ex):
    """The Python exception for a Java one, the Java stack kept as its __cause__ for diagnosis."""
    names = [c.getSimpleName() for c in _java_chain(ex.getClass())]
    for name in names:
        if name in MODULE_ERRORS:
            return MODULE_ERRORS[name](ex)
    if 'OsException' in names:
        py = OSError
        for name in names:
            if name in _OS_ERRORS:
                py = _OS_ERRORS[name]
                break
        err = int(ex.errno())
        filename, filename2 = pstr(ex.filename()), pstr(ex.filename2())
        if not ex.hasErrno():  # OSError(message): no errno
            return py(pstr(ex.getMessage()))
        args = (err, pstr(ex.strerror()))
        if filename is not None or filename2 is not None:
            args += (filename, None, filename2) if filename2 is not None else (filename,)
        e = py(*args)
        return e
    if 'UnicodeEncodeException' in names:
        return UnicodeEncodeError(pstr(ex.encoding()), pstr(ex.object()), int(ex.start()), int(ex.end()),
                                  pstr(ex.reason()))
    if 'UnicodeDecodeException' in names:
        return UnicodeDecodeError(pstr(ex.encoding()), pbytes(ex.object()), int(ex.start()), int(ex.end()),
                                  pstr(ex.reason()))
    for c in _java_chain(ex.getClass()):
        py = _JAVA_ERRORS.get(str(c.getName()))
        if py is not None:
            msg = pstr(ex.getMessage())
            return py(msg) if msg is not None else py()
    return RuntimeError(f'{ex.getClass().getName()}: {pstr(ex.getMessage())}')


def _same_object(value, args):
    """CPython's OSError.filename is the very argument object: find it among the call's arguments."""
    for a in args:
        if isinstance(a, (str, bytes, bytearray, memoryview)) or hasattr(a, '__fspath__'):
            p = bytes(a) if isinstance(a, (bytearray, memoryview)) else os.fspath(a)
            if value == (os.fsdecode(p) if isinstance(p, bytes) else p):
                return a
    return value


def java(fn):
    """Counts a call into Osprey and turns Java exceptions into Python's."""
    @functools.wraps(fn)
    def call(*args, **kwargs):
        Calls.count += 1
        try:
            return fn(*args, **kwargs)
        except jpype.JException as ex:
            err = to_python(ex)
            if isinstance(err, OSError) and err.filename is not None:
                err.filename = _same_object(err.filename, args)
                if err.filename2 is not None:
                    err.filename2 = _same_object(err.filename2, args)
            raise err from None
    call.__osprey__ = True
    return call


class Builtin:
    """A module-level proxy that, like CPython's built-in functions, does not bind as a method when stored
    in a class (`_unlink = os.unlink`)."""

    def __init__(self, fn, module, name, doc):
        self._fn, self.__name__, self.__qualname__, self.__doc__ = fn, name, name, doc
        self.__module__ = module
        self.__wrapped__ = fn

    def __call__(self, *args, **kwargs):
        return self._fn(*args, **kwargs)

    def __repr__(self):
        return f'<osprey proxy {self.__module__}.{self.__name__}>'


def replace(module, name, proxy):
    """Puts a proxy in place of module.name, keeping Python's docstring and signature name."""
    original = getattr(module, name, None)
    if type(original).__name__ == 'builtin_function_or_method':
        proxy = Builtin(proxy, module.__name__, name, original.__doc__)
    else:
        if original is not None:
            proxy.__name__ = getattr(original, '__name__', name)
            proxy.__qualname__ = getattr(original, '__qualname__', name)
            proxy.__doc__ = getattr(original, '__doc__', None)
        proxy.__module__ = module.__name__
    setattr(module, name, proxy)
    return proxy
