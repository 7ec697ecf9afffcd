"""The parts of os that Osprey implements, answered by Osprey's Os. Once installed, everything in this process
that calls them (the tests, their helpers, unittest) runs on Osprey.

str paths cross as Java Strings; bytes paths as the same String that os.fsdecode gives (Osprey's contract:
undecodable bytes are lone surrogates), and names come back as bytes where Python returns bytes.
"""
import os
import sys

import jpype

from . import processes
from .jvm import back, java, jbytes, jpath, jstr, pbytes, plist, pstr, replace, to_python

_os = None
posix = sys.modules[os.name]  # the C module os wraps: posix, or nt on Windows


def _is_fd(p):
    return isinstance(p, int) and not isinstance(p, bool)


def _path(p, fd_ok=False, what='path', func=None):
    """A path (or a descriptor where fd_ok) as Osprey takes it; a wrong type is CPython's TypeError."""
    if fd_ok and _is_fd(p):
        return p
    if hasattr(p, '__fspath__') and not isinstance(p, (str, bytes)):
        p = os.fspath(p)
    if isinstance(p, (bytes, bytearray, memoryview)):
        if not isinstance(p, bytes):  # CPython still takes them, deprecated
            import warnings
            warnings.warn(f'{what} should be string, bytes, os.PathLike or integer, not {type(p).__name__}',
                          DeprecationWarning, stacklevel=3)
            p = bytes(p)
        return jstr(os.fsdecode(p))
    if isinstance(p, str):
        return jstr(p)
    allowed = 'string, bytes, os.PathLike or integer' if fd_ok else 'string, bytes or os.PathLike'
    raise TypeError(f'{func + ": " if func else ""}{what} should be {allowed}, not {type(p).__name__}')


def _name(j, like):
    """A name from Osprey in the type Python returns for an argument like `like`."""
    s = pstr(j)
    return os.fsencode(s) if isinstance(like, bytes) or (hasattr(like, '__fspath__') and
                                                         isinstance(os.fspath(like), bytes)) else s


def _at(dir_fd=None, follow_symlinks=True):
    from org.osprey.os import At
    at = At.DEFAULT if dir_fd is None else At.dirFd(dir_fd)
    return at if follow_symlinks else at.noFollowSymlinks()


def stat_result(st):
    atime, mtime, ctime = float(st.atime()), float(st.mtime()), float(st.ctime())
    return os.stat_result((int(st.mode()), int(st.ino()), int(st.dev()), int(st.nlink()), int(st.uid()),
                           int(st.gid()), int(st.size()), int(st.atimeNs()) // 10**9, int(st.mtimeNs()) // 10**9,
                           int(st.ctimeNs()) // 10**9, atime, mtime, ctime, int(st.atimeNs()),
                           int(st.mtimeNs()), int(st.ctimeNs()), int(st.blksize()), int(st.blocks()),
                           int(st.rdev())))


def _buffer(data):
    return jbytes(bytes(data))


class DirEntry:
    """os.DirEntry over Osprey's DirEntry."""

    def __init__(self, entry, like):
        self._entry, self._bytes = entry, isinstance(like, bytes)
        self.name = _name(entry.name(), like)
        self.path = _name(entry.path(), like)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    @java
    def inode(self):
        return int(self._entry.inode())

    @java
    def is_dir(self, *, follow_symlinks=True):
        return bool(self._entry.isDir(bool(follow_symlinks)))

    @java
    def is_file(self, *, follow_symlinks=True):
        return bool(self._entry.isFile(bool(follow_symlinks)))

    @java
    def is_symlink(self):
        return bool(self._entry.isSymlink())

    @java
    def is_junction(self):
        return bool(self._entry.isJunction())

    @java
    def stat(self, *, follow_symlinks=True):
        return stat_result(self._entry.stat(bool(follow_symlinks)))

    def __reduce__(self):
        raise TypeError(f"cannot pickle {type(self).__qualname__!r} object")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ScandirIterator:
    """os.scandir's iterator: a context manager whose close() releases the directory."""

    def __init__(self, it, like):
        self._it, self._like = it, like

    def __iter__(self):
        return self

    @java
    def __next__(self):
        if self._it is None or not self._it.hasNext():
            raise StopIteration
        return DirEntry(self._it.next(), self._like)

    @java
    def close(self):
        if self._it is not None:
            self._it.close()
            self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def install():
    global _os
    from org.osprey.os import FwalkOptions, Os, WalkOptions
    o = _os = Os.get()

    def fn(name, proxy):
        """os.name and, where the C module has it, posix.name (test_posix calls posix.* directly). What CPython's
        os lacks here (Windows has no getuid, fwalk, ...) stays absent: its tests skip what the platform lacks."""
        if not hasattr(os, name):
            return
        proxy = replace(os, name, java(proxy))
        if hasattr(posix, name):
            setattr(posix, name, proxy)

    # --- files and directories
    fn('stat', lambda path, *, dir_fd=None, follow_symlinks=True:
       stat_result(o.stat(path) if _is_fd(path) else o.stat(_path(path, True, func='stat'),
                                                           _at(dir_fd, follow_symlinks))))
    fn('lstat', lambda path, *, dir_fd=None: stat_result(o.lstat(_path(path), _at(dir_fd, False))))
    fn('fstat', lambda fd: stat_result(o.fstat(fd)))

    def listdir(path=None):
        if path is None:
            return plist(o.listdir())
        if _is_fd(path):
            return plist(o.listdir(path))
        if isinstance(path, (bytearray, memoryview)):
            return [os.fsencode(pstr(x)) for x in o.listdir(_path(path, True, func='listdir'))]
        p = os.fspath(path) if hasattr(path, '__fspath__') else path
        if isinstance(p, bytes):
            return [pbytes(x) for x in o.listdir(jbytes(p))]
        return plist(o.listdir(_path(p, True, func='listdir')))
    fn('listdir', listdir)

    def scandir(path=None):
        if path is None:
            return ScandirIterator(o.scandir(), '.')
        if _is_fd(path):
            return ScandirIterator(o.scandir(path), '')
        like = bytes(path) if isinstance(path, (bytearray, memoryview)) else os.fspath(path)
        return ScandirIterator(o.scandir(_path(path)), like)
    fn('scandir', scandir)
    os.DirEntry = posix.DirEntry = DirEntry
    DirEntry.__module__ = posix.__name__

    fn('mkdir', lambda path, mode=0o777, *, dir_fd=None: o.mkdir(_path(path), mode, _at(dir_fd)))
    fn('makedirs', lambda name, mode=0o777, exist_ok=False: o.makedirs(_path(name), mode, bool(exist_ok)))
    fn('rmdir', lambda path, *, dir_fd=None: o.rmdir(_path(path), _at(dir_fd)))
    fn('removedirs', lambda name: o.removedirs(_path(name)))
    fn('remove', lambda path, *, dir_fd=None: o.remove(_path(path), _at(dir_fd)))
    fn('unlink', lambda path, *, dir_fd=None: o.unlink(_path(path), _at(dir_fd)))

    def two(name):
        def proxy(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
            from org.osprey.os import At
            getattr(o, name)(_path(src), _path(dst), At.NO_DIR_FD if src_dir_fd is None else src_dir_fd,
                             At.NO_DIR_FD if dst_dir_fd is None else dst_dir_fd)
        return proxy
    fn('rename', two('rename'))
    fn('replace', two('replace'))
    fn('renames', lambda old, new: o.renames(_path(old), _path(new)))
    fn('symlink', lambda src, dst, target_is_directory=False, *, dir_fd=None:
       o.symlink(_path(src), _path(dst), bool(target_is_directory), _at(dir_fd)))
    fn('readlink', lambda path, *, dir_fd=None: _name(o.readlink(_path(path), _at(dir_fd)), path))
    fn('link', lambda src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True:
       o.link(_path(src), _path(dst), -100 if src_dir_fd is None else src_dir_fd,
              -100 if dst_dir_fd is None else dst_dir_fd, bool(follow_symlinks)))

    def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
        if _is_fd(path):
            o.fchmod(path, mode)
        else:
            o.chmod(_path(path), mode, _at(dir_fd, follow_symlinks))
    fn('chmod', chmod)
    fn('fchmod', lambda fd, mode: o.fchmod(fd, mode))

    def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
        if _is_fd(path):
            o.fchown(path, uid, gid)
        else:
            o.chown(_path(path), uid, gid, _at(dir_fd, follow_symlinks))
    fn('chown', chown)
    fn('lchown', lambda path, uid, gid: o.lchown(_path(path), uid, gid))
    fn('fchown', lambda fd, uid, gid: o.fchown(fd, uid, gid))
    fn('access', lambda path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True:
       bool(o.access(_path(path), mode, _at(dir_fd, follow_symlinks), bool(effective_ids))))
    fn('mkfifo', lambda path, mode=0o666, *, dir_fd=None: o.mkfifo(_path(path), mode, _at(dir_fd)))
    fn('mknod', lambda path, mode=0o600, device=0, *, dir_fd=None: o.mknod(_path(path), mode, device, _at(dir_fd)))

    def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
        if not follow_symlinks and os.utime not in os.supports_follow_symlinks:
            raise NotImplementedError('utime: follow_symlinks unavailable on this platform')
        if times is not None and ns is not None:
            raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
        if times is not None and (not isinstance(times, tuple) or len(times) != 2):
            raise TypeError('utime: times must be either a tuple of two ints or None')
        if ns is not None and (not isinstance(ns, tuple) or len(ns) != 2):
            raise TypeError('utime: ns must be a tuple of two ints')
        if _is_fd(path):
            if ns is not None:
                o.utimeNs(path, ns[0], ns[1])
            elif times is not None:
                o.utime(path, float(times[0]), float(times[1]))
            else:
                o.utimeNow(path)
            return
        at = _at(dir_fd, follow_symlinks)
        if ns is not None:
            o.utimeNs(_path(path), ns[0], ns[1], at)
        elif times is not None:
            o.utime(_path(path), float(times[0]), float(times[1]), at)
        else:
            o.utimeNow(_path(path), at)
    fn('utime', utime)

    fn('truncate', lambda path, length: o.truncate(path, length) if _is_fd(path) else o.truncate(_path(path), length))
    fn('ftruncate', lambda fd, length: o.ftruncate(fd, length))

    # --- descriptors
    fn('open', lambda path, flags, mode=0o777, *, dir_fd=None: int(o.open(_path(path), flags, mode, _at(dir_fd))))
    fn('close', lambda fd: o.close(fd))
    fn('closerange', lambda low, high: o.closerange(low, high))

    def read(fd, n):
        return pbytes(o.read(fd, n))
    fn('read', read)
    fn('write', lambda fd, data: int(o.write(fd, _buffer(data))))
    fn('pread', lambda fd, n, offset: pbytes(o.pread(fd, n, offset)))
    fn('pwrite', lambda fd, data, offset: int(o.pwrite(fd, _buffer(data), offset)))

    def readv(fd, buffers):
        arrays = [jpype.JArray(jpype.JByte)(len(b)) for b in buffers]
        n = int(o.readv(fd, jpype.JArray(jpype.JArray(jpype.JByte))(arrays)))
        left = n
        for b, a in zip(buffers, arrays):
            k = min(left, len(b))
            if k:
                memoryview(b).cast('B')[:k] = pbytes(a)[:k]
            left -= k
        return n
    fn('readv', readv)
    fn('writev', lambda fd, buffers: int(o.writev(fd, jpype.JArray(jpype.JArray(jpype.JByte))(
        [_buffer(b) for b in buffers]))))
    fn('lseek', lambda fd, position, how: int(o.lseek(fd, position, how)))
    fn('dup', lambda fd: int(o.dup(fd)))
    fn('dup2', lambda fd, fd2, inheritable=True: int(o.dup2(fd, fd2, bool(inheritable))))

    def pipe():
        p = o.pipe()
        return int(p.read()), int(p.write())
    fn('pipe', pipe)

    def pipe2(flags):
        p = o.pipe2(flags)
        return int(p.read()), int(p.write())
    fn('pipe2', pipe2)

    def fileno(f):
        return f if _is_fd(f) else f.fileno()
    fn('fsync', lambda fd: o.fsync(fileno(fd)))
    fn('fdatasync', lambda fd: o.fdatasync(fileno(fd)))
    fn('get_inheritable', lambda fd: bool(o.getInheritable(fd)))
    fn('set_inheritable', lambda fd, inheritable: o.setInheritable(fd, bool(inheritable)))
    fn('get_blocking', lambda fd: bool(o.getBlocking(fd)))
    fn('set_blocking', lambda fd, blocking: o.setBlocking(fd, bool(blocking)))
    fn('isatty', lambda fd: bool(o.isatty(fd)))
    fn('ttyname', lambda fd: pstr(o.ttyname(fd)))

    def openpty():
        p = o.openpty()
        return int(p.master()), int(p.slave())
    fn('openpty', openpty)

    def device_encoding(fd):
        e = o.deviceEncoding(fd)
        return pstr(e.get()) if e.isPresent() else None
    fn('device_encoding', device_encoding)

    def get_terminal_size(fd=1):
        t = o.getTerminalSize(fd)
        return os.terminal_size((int(t.columns()), int(t.lines())))
    fn('get_terminal_size', get_terminal_size)

    def sendfile(out_fd, in_fd, offset, count):
        return int(o.sendfile(out_fd, in_fd, count) if offset is None else o.sendfile(out_fd, in_fd, offset, count))
    fn('sendfile', sendfile)

    # --- the process's directory, identity and system
    fn('getcwd', lambda: pstr(o.getcwd()))
    fn('getcwdb', lambda: pbytes(o.getcwdb()))
    fn('chdir', lambda path: o.fchdir(path) if _is_fd(path) else o.chdir(_path(path)))
    fn('fchdir', lambda fd: o.fchdir(fileno(fd)))
    fn('umask', lambda mask: int(o.umask(mask)))
    for name in ('getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'getpgrp'):
        fn(name, (lambda m: lambda: int(m()))(getattr(o, name)))
    fn('getgroups', lambda: [int(g) for g in o.getgroups()])
    fn('urandom', lambda size: pbytes(o.urandom(size)) if size >= 0 else
       (_ for _ in ()).throw(ValueError('negative argument not allowed')))
    fn('cpu_count', lambda: int(o.cpuCount().getAsInt()) if o.cpuCount().isPresent() else None)
    fn('strerror', lambda code: pstr(o.strerror(code)))

    def uname():
        u = o.uname()
        return os.uname_result((pstr(u.sysname()), pstr(u.nodename()), pstr(u.release()), pstr(u.version()),
                                pstr(u.machine())))
    fn('uname', uname)

    def times():
        t = o.times()
        return os.times_result((float(t.user()), float(t.system()), float(t.childrenUser()),
                                float(t.childrenSystem()), float(t.elapsed())))
    fn('times', times)

    def statvfs_result(s):
        return os.statvfs_result((int(s.fBsize()), int(s.fFrsize()), int(s.fBlocks()), int(s.fBfree()),
                                  int(s.fBavail()), int(s.fFiles()), int(s.fFfree()), int(s.fFavail()),
                                  int(s.fFlag()), int(s.fNamemax()), int(s.fFsid())))
    fn('statvfs', lambda path: statvfs_result(o.statvfs(path) if _is_fd(path) else o.statvfs(_path(path))))
    fn('fstatvfs', lambda fd: statvfs_result(o.fstatvfs(fd)))

    # --- extended attributes
    def xpath(path):
        return path if _is_fd(path) else _path(path)
    fn('getxattr', lambda path, attribute, *, follow_symlinks=True:
       pbytes(o.getxattr(path, _attr(attribute)) if _is_fd(path) else
              o.getxattr(xpath(path), _attr(attribute), bool(follow_symlinks))))
    fn('setxattr', lambda path, attribute, value, flags=0, *, follow_symlinks=True:
       o.setxattr(path, _attr(attribute), _buffer(value), flags) if _is_fd(path) else
       o.setxattr(xpath(path), _attr(attribute), _buffer(value), flags, bool(follow_symlinks)))
    fn('listxattr', lambda path=None, *, follow_symlinks=True:
       plist(o.listxattr() if path is None else o.listxattr(path) if _is_fd(path) else
             o.listxattr(xpath(path), bool(follow_symlinks))))
    fn('removexattr', lambda path, attribute, *, follow_symlinks=True:
       o.removexattr(path, _attr(attribute)) if _is_fd(path) else
       o.removexattr(xpath(path), _attr(attribute), bool(follow_symlinks)))

    # --- identity, sessions, scheduling, limits
    for name, jname in (('getpgid', 'getpgid'), ('getsid', 'getsid')):
        fn(name, (lambda m: lambda pid: int(m(pid)))(getattr(o, jname)))
    fn('setpgid', lambda pid, pgrp: o.setpgid(pid, pgrp))
    for name in ('setuid', 'seteuid', 'setgid', 'setegid'):
        fn(name, (lambda m: lambda i: m(i))(getattr(o, name)))
    fn('setreuid', lambda r, e: o.setreuid(r, e))
    fn('setregid', lambda r, e: o.setregid(r, e))
    fn('getresuid', lambda: (lambda r: (int(r.real()), int(r.effective()), int(r.saved())))(o.getresuid()))
    fn('getresgid', lambda: (lambda r: (int(r.real()), int(r.effective()), int(r.saved())))(o.getresgid()))
    fn('setresuid', lambda r, e, s_: o.setresuid(r, e, s_))
    fn('setresgid', lambda r, e, s_: o.setresgid(r, e, s_))
    fn('getgrouplist', lambda user, group: [int(g) for g in o.getgrouplist(jstr(user), group)])
    fn('setgroups', lambda groups: o.setgroups(jpype.JArray(jpype.JLong)([int(g) for g in groups])))
    fn('initgroups', lambda username, gid: o.initgroups(jstr(username), gid))
    fn('getlogin', lambda: pstr(o.getlogin()))
    fn('ctermid', lambda: pstr(o.ctermid()))
    fn('nice', lambda increment: int(o.nice(increment)))
    fn('getpriority', lambda which, who: int(o.getpriority(which, who)))
    fn('setpriority', lambda which, who, priority: o.setpriority(which, who, priority))
    fn('tcgetpgrp', lambda fd: int(o.tcgetpgrp(fd)))
    fn('tcsetpgrp', lambda fd, pgrp: o.tcsetpgrp(fd, pgrp))
    fn('chroot', lambda path: o.chroot(_path(path)))
    fn('sync', lambda: o.sync())
    fn('sched_yield', lambda: o.schedYield())
    fn('sched_get_priority_min', lambda policy: int(o.schedGetPriorityMin(policy)))
    fn('sched_get_priority_max', lambda policy: int(o.schedGetPriorityMax(policy)))
    fn('sched_getscheduler', lambda pid: int(o.schedGetscheduler(pid)))
    fn('sched_getparam', lambda pid: os.sched_param(int(o.schedGetparam(pid).schedPriority())))
    fn('sched_rr_get_interval', lambda pid: float(o.schedRrGetInterval(pid)))
    fn('sched_getaffinity', lambda pid: {int(c) for c in o.schedGetaffinity(pid)})

    def sched_param(param):
        from org.osprey.os import SchedParam
        if not isinstance(param, os.sched_param):
            raise TypeError('must have a sched_param object')
        return SchedParam(param.sched_priority)
    fn('sched_setscheduler', lambda pid, policy, param: o.schedSetscheduler(pid, policy, sched_param(param)))
    fn('sched_setparam', lambda pid, param: o.schedSetparam(pid, sched_param(param)))

    def sched_setaffinity(pid, mask):
        cpus = jpype.java.util.HashSet()
        for c in mask:
            if c < 0:
                raise ValueError('negative CPU number')
            if c > 0x7fffffff:  # Osprey's CPU numbers are Java ints
                raise OverflowError('Python int too large to convert to C int')
            cpus.add(jpype.JInt(c))
        o.schedSetaffinity(pid, cpus)
    fn('sched_setaffinity', sched_setaffinity)

    def named(method, by_name, name):
        """sysconf/confstr/pathconf take a name from the *_names table or its number."""
        if isinstance(name, str):
            return method(by_name, jstr(name))
        if isinstance(name, int):
            return method(by_name, jpype.JInt(name))
        raise TypeError('configuration names must be strings or integers')
    fn('sysconf', lambda name: int(named(lambda _, n: o.sysconf(n), None, name)))
    fn('confstr', lambda name: pstr(named(lambda _, n: o.confstr(n), None, name)))
    fn('pathconf', lambda path, name: int(named(lambda _, n: o.fpathconf(path, n) if _is_fd(path)
                                                else o.pathconf(_path(path, True, func='pathconf'), n), None, name)))
    fn('fpathconf', lambda fd, name: int(named(lambda _, n: o.fpathconf(fileno(fd), n), None, name)))
    fn('lockf', lambda fd, cmd, length: o.lockf(fd, cmd, length))
    fn('posix_fallocate', lambda fd, offset, length: o.posixFallocate(fd, offset, length))
    fn('posix_fadvise', lambda fd, offset, length, advice: o.posixFadvise(fd, offset, length, advice))

    def copy_file_range(src, dst, count, offset_src=None, offset_dst=None):
        if offset_src is None and offset_dst is None:
            return int(o.copyFileRange(src, dst, count))
        return int(o.copyFileRange(src, dst, count, -1 if offset_src is None else offset_src,
                                   -1 if offset_dst is None else offset_dst))
    fn('copy_file_range', copy_file_range)
    fn('major', lambda device: int(o.major(device)))
    fn('minor', lambda device: int(o.minor(device)))
    fn('makedev', lambda major, minor: int(o.makedev(major, minor)))

    def getloadavg():
        a = o.getloadavg()
        return float(a.oneMinute()), float(a.fiveMinutes()), float(a.fifteenMinutes())
    fn('getloadavg', getloadavg)
    processes.install(o, fn)

    # os.supports_*: the same functions, now Osprey's, as far as Osprey says it supports them
    s = o.supports()
    for attr, names in (('supports_dir_fd', s.dirFd()), ('supports_fd', s.fd()),
                        ('supports_follow_symlinks', s.followSymlinks()), ('supports_effective_ids', s.effectiveIds())):
        setattr(os, attr, {getattr(os, pstr(n)) for n in names if hasattr(os, pstr(n))})

    # --- walking
    @jpype.JImplements('java.util.function.Consumer')
    class OnError:
        def __init__(self, fn):
            self.fn = fn

        @jpype.JOverride
        def accept(self, error):
            self.fn(to_python(error))

    def walk(top, topdown=True, onerror=None, followlinks=False):
        options = WalkOptions.DEFAULT
        if not topdown:
            options = options.bottomUp()
        if onerror is not None:
            options = options.onError(OnError(onerror))
        if followlinks:
            options = options.followLinks()
        like = os.fspath(top)
        it = java(lambda: o.walk(_path(top), options).iterator())()
        has_next, pull = java(it.hasNext), java(it.next)
        while has_next():
            step = pull()
            dirnames = [_name(d, like) for d in step.dirnames()]
            yield _name(step.dirpath(), like), dirnames, [_name(f, like) for f in step.filenames()]
            if topdown:  # the caller may have pruned dirnames: Osprey walks what is left
                step.dirnames().clear()
                for d in dirnames:
                    step.dirnames().add(jstr(os.fsdecode(d)))
    replace(os, 'walk', walk)

    def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
        options = FwalkOptions.DEFAULT
        if not topdown:
            options = options.bottomUp()
        if onerror is not None:
            options = options.onError(OnError(onerror))
        if follow_symlinks:
            options = options.followingSymlinks()
        if dir_fd is not None:
            options = options.dirFd(dir_fd)
        like = os.fspath(top)
        it = java(lambda: o.fwalk(_path(top), options))()
        has_next, pull = java(it.hasNext), java(it.next)
        try:
            while has_next():
                step = pull()
                dirnames = [_name(d, like) for d in step.dirnames()]
                yield (_name(step.dirpath(), like), dirnames, [_name(f, like) for f in step.filenames()],
                       int(step.dirfd()))
                if topdown:
                    step.dirnames().clear()
                    for d in dirnames:
                        step.dirnames().add(jstr(os.fsdecode(d)))
        finally:
            java(it.close)()
    if hasattr(os, 'fwalk'):
        replace(os, 'fwalk', fwalk)


def _attr(a):
    return jstr(os.fsdecode(os.fspath(a)) if not isinstance(a, str) else a)
