"""posixpath, ntpath and genericpath answered by Osprey's OsPath flavours."""
import genericpath
import ntpath
import os
import posixpath

import jpype

from .jvm import back, java, jpath, jpaths, jstr, pstr, replace


def _check_arg_types(funcname, *args):
    """Python's genericpath._check_arg_types: in Java a mix of str and bytes does not compile."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _fspath(p):
    return os.fspath(p)


def _record(rec, like):
    """A Java record (Split, SplitExt, SplitDrive, SplitRoot...) as the tuple Python returns."""
    return tuple(back(c.getAccessor().invoke(rec), like) for c in rec.getClass().getRecordComponents())


def _stat_to_java(st):
    from org.osprey.os import StatResult
    return StatResult(st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, st.st_size,
                      st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns, getattr(st, 'st_blocks', 0),
                      getattr(st, 'st_blksize', 0), getattr(st, 'st_rdev', 0), getattr(st, 'st_flags', 0), 0)


def _fd_or_path(p):
    return p if isinstance(p, int) and not isinstance(p, bool) else jpath(_fspath(p))


def install_flavour(module, flavour):
    """Replaces module's path functions by calls to the Java flavour (an OsPath)."""
    def pure(name, kind='path'):
        jfn = getattr(flavour, name)

        @java
        def proxy(p):
            p = _fspath(p)
            r = jfn(jpath(p))
            return _record(r, p) if kind == 'record' else bool(r) if kind == 'bool' else back(r, p)
        replace(module, name, proxy)

    for name in ('basename', 'dirname', 'normcase', 'normpath', 'expandvars', 'expanduser', 'abspath'):
        pure(name)
    for name in ('split', 'splitext', 'splitdrive', 'splitroot'):
        if hasattr(module, name) or name == 'splitroot':
            pure(name, 'record')
    pure('isabs', 'bool')

    @java
    def join(a, *p):
        a = _fspath(a)
        parts = [_fspath(x) for x in p]
        _check_arg_types('join', a, *parts)
        kind = jpype.JString if isinstance(a, str) else jpype.JArray(jpype.JByte)
        return back(flavour.join(jpath(a), jpype.JArray(kind)([jpath(x) for x in parts])), a)
    replace(module, 'join', join)

    @java
    def commonpath(paths):
        paths = tuple(map(_fspath, paths))
        if not paths:
            raise ValueError('commonpath() arg is an empty sequence')
        _check_arg_types('commonpath', *paths)
        return back(flavour.commonpath(jpaths(paths)), paths[0])
    replace(module, 'commonpath', commonpath)


    @java
    def relpath(path, start=None):
        path = _fspath(path)
        if not path:
            raise ValueError('no path specified')
        if start is None:
            _check_arg_types('relpath', path)
            return back(flavour.relpath(jpath(path)), path)
        start = _fspath(start)
        _check_arg_types('relpath', path, start)
        return back(flavour.relpath(jpath(path), jpath(start)), path)
    replace(module, 'relpath', relpath)

    @java
    def realpath(filename, *, strict=False):
        filename = _fspath(filename)
        return back(flavour.realpath(jpath(filename), bool(strict)), filename)
    replace(module, 'realpath', realpath)

    for name in ('ismount', 'islink', 'lexists', 'isjunction', 'isdevdrive'):
        if hasattr(module, name):
            _predicate(module, flavour, name, fd=False)
    install_generic(module, flavour)


def _predicate(module, flavour, name, fd):
    jfn = getattr(flavour, name)

    @java
    def proxy(path):
        if not fd and isinstance(path, int) and not isinstance(path, bool):
            raise TypeError(f'{name}: path should be string, bytes or os.PathLike, not int')
        return bool(jfn(_fd_or_path(path)))
    replace(module, name, proxy)


def install_generic(module, flavour):
    """The genericpath functions (file system queries shared by both flavours)."""
    for name in ('exists', 'isfile', 'isdir'):
        _predicate(module, flavour, name, fd=True)
    for name, convert in (('getsize', int), ('getatime', float), ('getmtime', float), ('getctime', float)):
        def make(jfn, convert):
            return java(lambda filename: convert(jfn(_fd_or_path(filename))))
        replace(module, name, make(getattr(flavour, name), convert))

    @java
    def samefile(f1, f2):
        return bool(flavour.samefile(_fd_or_path(f1), _fd_or_path(f2)))
    replace(module, 'samefile', samefile)

    @java
    def sameopenfile(fp1, fp2):
        return bool(flavour.sameopenfile(fp1, fp2))
    replace(module, 'sameopenfile', sameopenfile)

    @java
    def samestat(s1, s2):
        return bool(flavour.samestat(_stat_to_java(s1), _stat_to_java(s2)))
    replace(module, 'samestat', samestat)

    @java
    def paths_prefix(m):
        return back(flavour.commonprefix(jpaths(m)), m[0])

    def commonprefix(m):
        if not m:
            return ''
        if not isinstance(m[0], (str, bytes)) and not hasattr(m[0], '__fspath__'):
            return _sequences_prefix(m)  # Python's also takes lists of any sequences; Osprey's takes paths
        return paths_prefix(tuple(map(_fspath, m)))
    replace(module, 'commonprefix', commonprefix)


def _sequences_prefix(m):
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def install():
    from org.osprey.os import Os
    from org.osprey.os.path import NtPath, PosixPath
    os_ = Os.get()
    install_flavour(posixpath, PosixPath(os_))
    install_flavour(ntpath, NtPath(os_))
    install_generic(genericpath, os_.path())
    # os.path is posixpath here: the module object is shared, so nothing more to do
