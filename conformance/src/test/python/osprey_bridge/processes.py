"""os's process functions answered by Osprey's Os: kill, the wait family and the W* macros, system, _exit,
abort, exec*, spawn* and posix_spawn/posix_spawnp, and the W*/P_*/CLD_* constants as Osprey gives them.

exec* replaces this process (JVM included) when it succeeds: CPython's tests call it here only with arguments
it refuses. Python's fork-based spawn* are replaced by Osprey's, which start programs with posix_spawn.
posix_spawn's keyword arguments become a SpawnOptions, with CPython's TypeErrors for what is not of their type.
"""
import collections.abc
import operator
import os
import sys

import jpype

from .jvm import java, jstr, replace

posix = sys.modules[os.name]  # the C module os wraps: posix, or nt on Windows

CONSTANTS = ('WNOHANG', 'WUNTRACED', 'WCONTINUED', 'WEXITED', 'WSTOPPED', 'WNOWAIT', 'P_PID', 'P_PGID', 'P_ALL',
             'P_PIDFD', 'CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_TRAPPED', 'CLD_STOPPED', 'CLD_CONTINUED',
             'P_WAIT', 'P_NOWAIT', 'P_NOWAITO')
WAIT_MACROS = ('WIFEXITED', 'WEXITSTATUS', 'WIFSIGNALED', 'WTERMSIG', 'WIFSTOPPED', 'WSTOPSIG', 'WIFCONTINUED',
               'WCOREDUMP')


def _i(n):
    """An int argument with CPython's TypeError for what is not one (JPype's would name Java overloads)."""
    return int(operator.index(n))


def _fs(s):
    """An argument, variable name or value as CPython's FSConverter takes it (str, bytes or PathLike)."""
    s = os.fspath(s)
    return jstr(os.fsdecode(s) if isinstance(s, bytes) else s)


def _argv(args, func):
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list' if func.startswith('spawn') else
                        f'{func}() arg 2 must be a tuple or list')
    argv = jpype.java.util.ArrayList()
    for a in args:
        argv.add(_fs(a))
    return argv


def _varargs(args):
    return jpype.JArray(jpype.JString)([_fs(a) for a in args])


def _env(env):
    if not isinstance(env, collections.abc.Mapping):
        raise TypeError('env must be mapping object')
    m = jpype.java.util.LinkedHashMap()
    for k, v in env.items():
        m.put(_fs(k), _fs(v))
    return m


def _rusage(r):
    import resource  # POSIX only, as wait3 and wait4 are
    return resource.struct_rusage((float(r.ruUtime()), float(r.ruStime()), *(int(getattr(r, n)()) for n in (
        'ruMaxrss', 'ruIxrss', 'ruIdrss', 'ruIsrss', 'ruMinflt', 'ruMajflt', 'ruNswap', 'ruInblock',
        'ruOublock', 'ruMsgsnd', 'ruMsgrcv', 'ruNsignals', 'ruNvcsw', 'ruNivcsw'))))


def _flag(value, name):
    """resetids and setsid: CPython's bool(accept={int})."""
    if not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    return bool(value)


def _signals(signals):
    """A sigset argument as CPython's _Py_Sigset_Converter takes it: an iterable of ints."""
    s = jpype.java.util.LinkedHashSet()
    for signal in signals:
        s.add(jpype.JObject(_i(signal), jpype.java.lang.Integer))
    return s


def _file_actions(file_actions):
    from org.osprey.os import SpawnAction
    actions = jpype.java.util.ArrayList()
    if file_actions is None:
        return actions
    shapes = {os.POSIX_SPAWN_OPEN: (4, lambda fd, path, flags, mode:
                                    SpawnAction.open(_i(fd), _fs(path), _i(flags), _i(mode))),
              os.POSIX_SPAWN_CLOSE: (1, lambda fd: SpawnAction.close(_i(fd))),
              os.POSIX_SPAWN_DUP2: (2, lambda fd, new_fd: SpawnAction.dup2(_i(fd), _i(new_fd)))}
    if hasattr(os, 'POSIX_SPAWN_CLOSEFROM'):
        shapes[os.POSIX_SPAWN_CLOSEFROM] = (1, lambda fd: SpawnAction.closeFrom(_i(fd)))
    for action in file_actions:
        if not isinstance(action, tuple) or not action:
            raise TypeError('Each file_actions element must be a non-empty tuple')
        tag = _i(action[0])
        if tag not in shapes:
            raise TypeError('Unknown file_actions identifier')
        arity, make = shapes[tag]
        if len(action) - 1 != arity:
            raise TypeError(f'function takes exactly {arity} arguments ({len(action) - 1} given)')
        actions.add(make(*action[1:]))
    return actions


def _spawn_options(file_actions=(), setpgroup=None, resetids=False, setsid=False, setsigmask=(), setsigdef=(),
                   scheduler=None):
    from org.osprey.os import SchedParam, SpawnOptions
    options = SpawnOptions.defaults().withFileActions(_file_actions(file_actions))
    if setpgroup is not None:
        options = options.withSetpgroup(_i(setpgroup))
    options = options.withResetids(_flag(resetids, 'resetids')).withSetsid(_flag(setsid, 'setsid'))
    if setsigmask != ():
        options = options.withSetsigmask(_signals(setsigmask))
    options = options.withSetsigdef(_signals(setsigdef))
    if scheduler is not None:
        if not isinstance(scheduler, tuple) or len(scheduler) != 2:
            raise TypeError('scheduler must be a tuple (policy, sched_param)')
        policy, param = scheduler
        if not isinstance(param, os.sched_param):
            raise TypeError('must have a sched_param object')
        options = options.withScheduler(None if policy is None else jpype.JObject(_i(policy), jpype.java.lang.Integer),
                                        SchedParam(_i(param.sched_priority)))
    return options


def install(o, fn):
    """fn(name, proxy) puts a proxy in place of os.name (and posix.name)."""
    for name in CONSTANTS:
        if hasattr(os, name):
            value = getattr(o, name)
            value = int(value() if callable(value) else value)
            setattr(os, name, value)
            if hasattr(posix, name):
                setattr(posix, name, value)

    fn('kill', lambda pid, signal, /: o.kill(_i(pid), _i(signal)))
    fn('killpg', lambda pgid, signal, /: o.killpg(_i(pgid), _i(signal)))

    def pair(w):
        return int(w.pid()), int(w.status())
    fn('waitpid', lambda pid, options, /: pair(o.waitpid(_i(pid), _i(options))))
    fn('wait', lambda: pair(o.waitAny()))

    def triple(w):
        return int(w.pid()), int(w.status()), _rusage(w.rusage())
    fn('wait3', lambda options: triple(o.wait3(_i(options))))
    fn('wait4', lambda pid, options: triple(o.wait4(_i(pid), _i(options))))

    def waitid(idtype, id, options, /):
        r = o.waitid(_i(idtype), _i(id), _i(options))
        if r is None:
            return None
        return os.waitid_result((int(r.siPid()), int(r.siUid()), int(r.siSigno()), int(r.siStatus()),
                                 int(r.siCode())))
    fn('waitid', waitid)
    fn('waitstatus_to_exitcode', lambda status: int(o.waitstatusToExitcode(_i(status))))
    for name in WAIT_MACROS:
        as_python = bool if name.startswith('WIF') or name == 'WCOREDUMP' else int
        fn(name, (lambda m, py: lambda status: py(m(_i(status))))(getattr(o, name), as_python))

    fn('system', lambda command: int(o.system(_fs(command))))
    fn('_exit', lambda status: o._exit(_i(status)))
    fn('abort', lambda: o.abort())

    # exec*: Python's execvpe(file, args, None) is execvp
    fn('execv', lambda path, argv, /: o.execv(_fs(path), _argv(argv, 'execv')))
    fn('execve', lambda path, argv, env: o.execve(_fs(path), _argv(argv, 'execve'), _env(env)))
    fn('execvp', lambda file, args: o.execvp(_fs(file), _argv(args, 'execvp')))
    fn('execvpe', lambda file, args, env: o.execvp(_fs(file), _argv(args, 'execvpe')) if env is None else
       o.execvpe(_fs(file), _argv(args, 'execvpe'), _env(env)))
    fn('execl', lambda file, *args: o.execl(_fs(file), _varargs(args)))
    fn('execle', lambda file, *args: o.execle(_fs(file), _env(args[-1]), _varargs(args[:-1])))
    fn('execlp', lambda file, *args: o.execlp(_fs(file), _varargs(args)))
    fn('execlpe', lambda file, *args: o.execlpe(_fs(file), _env(args[-1]), _varargs(args[:-1])))

    fn('spawnv', lambda mode, file, args: int(o.spawnv(_i(mode), _fs(file), _argv(args, 'spawnv'))))
    fn('spawnve', lambda mode, file, args, env: int(o.spawnve(_i(mode), _fs(file), _argv(args, 'spawnve'), _env(env))))
    fn('spawnvp', lambda mode, file, args: int(o.spawnvp(_i(mode), _fs(file), _argv(args, 'spawnvp'))))
    fn('spawnvpe', lambda mode, file, args, env:
       int(o.spawnvpe(_i(mode), _fs(file), _argv(args, 'spawnvpe'), _env(env))))
    fn('spawnl', lambda mode, file, *args: int(o.spawnl(_i(mode), _fs(file), _varargs(args))))
    fn('spawnle', lambda mode, file, *args: int(o.spawnle(_i(mode), _fs(file), _env(args[-1]), _varargs(args[:-1]))))
    fn('spawnlp', lambda mode, file, *args: int(o.spawnlp(_i(mode), _fs(file), _varargs(args))))
    fn('spawnlpe', lambda mode, file, *args:
       int(o.spawnlpe(_i(mode), _fs(file), _env(args[-1]), _varargs(args[:-1]))))

    def posix_spawn(spawn):
        def proxy(path, argv, env, /, **kwargs):
            return int(spawn(_fs(path), _argv(argv, 'posix_spawn'), None if env is None else _env(env),
                             _spawn_options(**kwargs)))
        return proxy
    fn('posix_spawn', posix_spawn(o.posixSpawn))
    fn('posix_spawnp', posix_spawn(o.posixSpawnp))
