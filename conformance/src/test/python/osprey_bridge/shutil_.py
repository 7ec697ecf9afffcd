"""shutil answered by Osprey's Shutil. Python callables passed in (ignore, copy_function, onexc, archive
makers) become the Java functional interfaces, and Osprey's module errors become shutil's."""
import os
import shutil
import tarfile

import jpype

from .jvm import MODULE_ERRORS, back, java, jpath, jpaths, jstr, plist, pstr, replace, to_python


def _p(path):
    """shutil's paths: Osprey's shutil takes str; bytes cross as the str os.fsdecode gives (lossless)."""
    path = os.fspath(path)
    return jpath(os.fsdecode(path) if isinstance(path, bytes) else path)


def _shutil_error(ex):
    failures = ex.failures()
    if failures is not None and len(failures):
        return shutil.Error([(pstr(f.src()), pstr(f.dst()), pstr(f.reason())) for f in failures])
    return shutil.Error(pstr(ex.getMessage()))


def install():
    from org.osprey.shutil import (ChownOptions, CopyOptions, CopytreeOptions, ExtractFilter, MakeArchiveOptions,
                                   MoveOptions, RmtreeOptions, Shutil, UnpackOptions)
    sh = Shutil.get()
    MODULE_ERRORS.update({
        'SameFileException': lambda ex: shutil.SameFileError(pstr(ex.getMessage())),
        'SpecialFileException': lambda ex: shutil.SpecialFileError(pstr(ex.getMessage())),
        'ArchiveReadException': lambda ex: shutil.ReadError(pstr(ex.getMessage())),
        'ArchiveRegistryException': lambda ex: shutil.RegistryError(pstr(ex.getMessage())),
        'ArchiveFilterException': lambda ex: tarfile.FilterError(pstr(ex.getMessage())),
        'ShutilException': _shutil_error,
    })

    @jpype.JImplements('org.osprey.shutil.CopyFunction')
    class CopyFunction:
        def __init__(self, fn):
            self.fn = fn

        @jpype.JOverride
        def copy(self, src, dst):
            r = self.fn(pstr(src), pstr(dst))
            return jstr(os.fspath(r)) if isinstance(r, (str, os.PathLike)) else jstr(pstr(dst))

    @jpype.JImplements('org.osprey.shutil.Ignore')
    class Ignore:
        def __init__(self, fn):
            self.fn = fn

        @jpype.JOverride
        def ignored(self, directory, names):
            result = jpype.java.util.HashSet()
            for n in self.fn(pstr(directory), plist(names)) or ():
                result.add(jstr(n))
            return result

    PY_FUNCTIONS = {'scandir': os.scandir, 'open': os.open, 'lstat': os.lstat, 'stat': os.stat,
                    'rmdir': os.rmdir, 'unlink': os.unlink, 'remove': os.remove, 'close': os.close,
                    'path.islink': os.path.islink, 'islink': os.path.islink, 'listdir': os.listdir,
                    'fstat': os.fstat}

    @jpype.JImplements('org.osprey.shutil.RmtreeErrorHandler')
    class ErrorHandler:
        def __init__(self, fn, onerror):
            self.fn, self.onerror = fn, onerror

        @jpype.JOverride
        def handle(self, function, path, error):
            name = pstr(function)
            func = PY_FUNCTIONS.get(name.removeprefix('os.'), name)
            exc = to_python(error)
            if self.onerror:
                self.fn(func, pstr(path), (type(exc), exc, None))
            else:
                self.fn(func, pstr(path), exc)

    def copy_options(follow_symlinks):
        return CopyOptions.DEFAULT.withFollowSymlinks(bool(follow_symlinks))

    for name, jname in (('copyfile', 'copyfile'), ('copy', 'copy'), ('copy2', 'copy2')):
        def make(jname):
            @java
            def proxy(src, dst, *, follow_symlinks=True):
                return back(getattr(sh, jname)(_p(src), _p(dst), copy_options(follow_symlinks)), os.fspath(dst))
            return proxy
        replace(shutil, name, make(jname))

    @java
    def copymode(src, dst, *, follow_symlinks=True):
        sh.copymode(_p(src), _p(dst), bool(follow_symlinks))
    replace(shutil, 'copymode', copymode)

    @java
    def copystat(src, dst, *, follow_symlinks=True):
        sh.copystat(_p(src), _p(dst), bool(follow_symlinks))
    replace(shutil, 'copystat', copystat)

    @java
    def copytree(src, dst, symlinks=False, ignore=None, copy_function=shutil.copy2,
                 ignore_dangling_symlinks=False, dirs_exist_ok=False):
        o = CopytreeOptions.DEFAULT.withSymlinks(bool(symlinks)) \
            .withIgnoreDanglingSymlinks(bool(ignore_dangling_symlinks)).withDirsExistOk(bool(dirs_exist_ok))
        if ignore is not None:
            o = o.withIgnore(ignore if isinstance(ignore, jpype.JObject) else Ignore(ignore))
        if copy_function is not shutil.copy2:
            o = o.withCopyFunction(CopyFunction(copy_function))
        return back(sh.copytree(_p(src), _p(dst), o), os.fspath(dst))
    replace(shutil, 'copytree', copytree)

    @java
    def ignore_patterns(*patterns):
        java_ignore = sh.ignorePatterns(jpype.JArray(jpype.JString)([jstr(p) for p in patterns]))

        def ignore(path, names):
            return {pstr(x) for x in java_ignore.ignored(jstr(os.fspath(path)), jpaths(names))}
        return ignore
    replace(shutil, 'ignore_patterns', ignore_patterns)

    @java
    def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
        o = RmtreeOptions.DEFAULT.withIgnoreErrors(bool(ignore_errors))
        if onexc is not None:
            o = o.withOnexc(ErrorHandler(onexc, False))
        if onerror is not None:
            o = o.withOnerror(ErrorHandler(onerror, True))
        if dir_fd is not None:
            o = o.withDirFd(dir_fd)
        sh.rmtree(_p(path), o)
    rmtree.avoids_symlink_attacks = bool(sh.avoidsSymlinkAttacks())
    replace(shutil, 'rmtree', rmtree)
    shutil.rmtree.avoids_symlink_attacks = bool(sh.avoidsSymlinkAttacks())

    @java
    def move(src, dst, copy_function=shutil.copy2):
        o = MoveOptions.DEFAULT
        if copy_function is not shutil.copy2:
            o = o.withCopyFunction(CopyFunction(copy_function))
        return back(sh.move(_p(src), _p(dst), o), os.fspath(dst))
    replace(shutil, 'move', move)

    @java
    def disk_usage(path):
        u = sh.diskUsage(_p(path))
        return shutil._ntuple_diskusage(int(u.total()), int(u.used()), int(u.free()))
    replace(shutil, 'disk_usage', disk_usage)

    @java
    def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
        if user is None and group is None:
            raise ValueError('user and/or group must be set')
        for v in (user, group):  # ChownOptions takes a name or an id
            if v is not None and not isinstance(v, (str, int)):
                raise TypeError(f'user and group must be str or int, not {type(v).__name__}')
        o = ChownOptions.DEFAULT.withFollowSymlinks(bool(follow_symlinks))
        if dir_fd is not None:
            o = o.withDirFd(dir_fd)
        if user is not None:
            o = o.withUser(user) if isinstance(user, int) else o.withUser(jstr(user))
        if group is not None:
            o = o.withGroup(group) if isinstance(group, int) else o.withGroup(jstr(group))
        sh.chown(_p(path), o)
    replace(shutil, 'chown', chown)

    @java
    def which(cmd, mode=os.F_OK | os.X_OK, path=None):
        cmd = os.fspath(cmd)
        path = None if path is None else os.fspath(path)
        r = sh.which(jstr(os.fsdecode(cmd)), mode, None if path is None else jstr(os.fsdecode(path)))
        return None if not r.isPresent() else os.fsencode(pstr(r.get())) if isinstance(cmd, bytes) else pstr(r.get())
    replace(shutil, 'which', which)

    @java
    def get_archive_formats():
        return [(pstr(f.name()), pstr(f.description())) for f in sh.getArchiveFormats()]
    replace(shutil, 'get_archive_formats', get_archive_formats)

    @java
    def get_unpack_formats():
        return [(pstr(f.name()), plist(f.extensions()), pstr(f.description())) for f in sh.getUnpackFormats()]
    replace(shutil, 'get_unpack_formats', get_unpack_formats)

    @java
    def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None,
                     group=None, logger=None):
        o = MakeArchiveOptions.DEFAULT.withDryRun(bool(dry_run))
        if root_dir is not None:
            o = o.withRootDir(_p(root_dir))
        if base_dir is not None:
            o = o.withBaseDir(_p(base_dir))
        if owner is not None:
            o = o.withOwner(jstr(owner))
        if group is not None:
            o = o.withGroup(jstr(group))
        return pstr(sh.makeArchive(_p(base_name), jstr(format), o))
    replace(shutil, 'make_archive', make_archive)

    @jpype.JImplements('org.osprey.shutil.ArchiveMaker')
    class Maker:
        """A Python archive function as Osprey's ArchiveMaker. Osprey hands every maker root_dir; a function
        without supports_root_dir expects to run inside it, as CPython arranges."""

        def __init__(self, fn, extra_args):
            self.fn, self.extra = fn, dict(extra_args or ())

        @jpype.JOverride
        def make(self, os_, base_name, base_dir, options):
            kwargs = dict(self.extra, dry_run=bool(options.dryRun()), logger=None)
            root_dir = pstr(options.rootDir())
            if getattr(self.fn, 'supports_root_dir', False):
                return jstr(self.fn(pstr(base_name), pstr(base_dir), root_dir=root_dir, **kwargs))
            cwd = os.getcwd()
            if root_dir is not None:
                os.chdir(root_dir)
            try:
                return jstr(os.fspath(self.fn(pstr(base_name), pstr(base_dir), **kwargs)))
            finally:
                if root_dir is not None:
                    os.chdir(cwd)

    @jpype.JImplements('org.osprey.shutil.ArchiveUnpacker')
    class Unpacker:
        def __init__(self, fn, extra_args):
            self.fn, self.extra = fn, dict(extra_args or ())

        @jpype.JOverride
        def unpack(self, os_, filename, extract_dir, options):
            self.fn(pstr(filename), pstr(extract_dir), **self.extra)

    def check_extra(extra_args):
        if extra_args is not None and (not isinstance(extra_args, (tuple, list)) or
                                       not all(isinstance(e, (tuple, list)) and len(e) == 2 for e in extra_args)):
            raise TypeError('extra_args needs to be a sequence')

    @java
    def register_archive_format(name, function, extra_args=None, description=''):
        if not callable(function):
            raise TypeError(f'The {function} object is not callable')
        check_extra(extra_args)
        sh.registerArchiveFormat(jstr(name), Maker(function, extra_args), jstr(description))
    replace(shutil, 'register_archive_format', register_archive_format)

    @java
    def unregister_archive_format(name):
        sh.unregisterArchiveFormat(jstr(name))
    replace(shutil, 'unregister_archive_format', unregister_archive_format)

    @java
    def register_unpack_format(name, extensions, function, extra_args=None, description=''):
        if not callable(function):
            raise TypeError(f'The registered function must be a callable')
        check_extra(extra_args)
        sh.registerUnpackFormat(jstr(name), jpaths(list(extensions)), Unpacker(function, extra_args),
                                jstr(description))
    replace(shutil, 'register_unpack_format', register_unpack_format)

    @java
    def unregister_unpack_format(name):
        sh.unregisterUnpackFormat(jstr(name))
    replace(shutil, 'unregister_unpack_format', unregister_unpack_format)

    filters = {'data': ExtractFilter.DATA, 'tar': ExtractFilter.TAR, 'fully_trusted': ExtractFilter.FULLY_TRUSTED}

    @java
    def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
        o = UnpackOptions.DEFAULT
        if format is not None:
            o = o.withFormat(jstr(format))
        if filter is not None:
            if filter not in filters:
                raise ValueError(f'filter {filter!r} is not one of {sorted(filters)}: '
                                 'Osprey takes its named filters only')
            o = o.withFilter(filters[filter])
        sh.unpackArchive(_p(filename), None if extract_dir is None else _p(extract_dir), o)
    replace(shutil, 'unpack_archive', unpack_archive)

    @java
    def get_terminal_size(fallback=(80, 24)):
        from org.osprey.os import TerminalSize
        t = sh.getTerminalSize(TerminalSize(fallback[0], fallback[1]))
        return os.terminal_size((int(t.columns()), int(t.lines())))
    replace(shutil, 'get_terminal_size', get_terminal_size)
