"""glob and fnmatch answered by Osprey's Glob and Fnmatch."""
import fnmatch
import glob
import os

from .jvm import back, java, jpath, jpaths, jstr, pstr, replace


def install():
    from org.osprey.fnmatch import Fnmatch
    from org.osprey.glob import Glob, GlobOptions
    fn, gl = Fnmatch.get(), Glob.get()

    @java
    def fnmatch_(name, pat):
        return bool(fn.fnmatch(jpath(name), jpath(pat)))
    replace(fnmatch, 'fnmatch', fnmatch_)

    @java
    def fnmatchcase(name, pat):
        return bool(fn.fnmatchcase(jpath(name), jpath(pat)))
    replace(fnmatch, 'fnmatchcase', fnmatchcase)

    @java
    def filter_(names, pat):
        names = [os.fspath(n) if hasattr(n, '__fspath__') else n for n in names]
        if any(type(n) is not type(pat) for n in names):  # in Java the types do not mix
            raise TypeError('cannot use a bytes pattern on a string-like object' if isinstance(pat, bytes)
                            else 'cannot use a string pattern on a bytes-like object')
        return [back(x, pat) for x in fn.filter(jpaths(names), jpath(pat))]
    replace(fnmatch, 'filter', filter_)

    @java
    def translate(pat):
        return pstr(fn.translate(jstr(pat)))
    replace(fnmatch, 'translate', translate)

    def options(root_dir, dir_fd, recursive, include_hidden):
        o = GlobOptions.DEFAULT.withRecursive(bool(recursive)).withIncludeHidden(bool(include_hidden))
        if root_dir is not None:
            o = o.withRootDir(jpath(os.fspath(root_dir)))
        if dir_fd is not None:
            o = o.withDirFd(dir_fd)
        return o

    @java
    def glob_(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
        pathname = os.fspath(pathname)
        found = gl.glob(jpath(pathname), options(root_dir, dir_fd, recursive, include_hidden))
        return [back(x, pathname) for x in found]
    replace(glob, 'glob', glob_)

    @java
    def start_iglob(pathname, root_dir, dir_fd, recursive, include_hidden):
        return gl.iglob(jpath(pathname), options(root_dir, dir_fd, recursive, include_hidden))

    @java
    def pull(it):
        return it.next() if it.hasNext() else StopIteration

    def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
        pathname = os.fspath(pathname)
        it = start_iglob(pathname, root_dir, dir_fd, recursive, include_hidden)
        try:
            while (x := pull(it)) is not StopIteration:
                yield back(x, pathname)
        finally:
            it.close()
    replace(glob, 'iglob', iglob)

    @java
    def escape(pathname):
        return back(gl.escape(jpath(pathname)), pathname)
    replace(glob, 'escape', escape)

    @java
    def has_magic(s):
        return bool(gl.hasMagic(jpath(s)))
    replace(glob, 'has_magic', has_magic)
