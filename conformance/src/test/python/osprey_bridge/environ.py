"""Python's os.environ and Osprey's environ() are two views of one native environment, each with a copy:
Python-side changes reach the native environment (putenv) but not Osprey's copy, so they are handed over
before a call that reads the environment."""
import os

_view = None


def _osprey():
    global _view
    if _view is None:
        from org.osprey.os import Os
        _view = Os.get().environb()
    return _view


def sync():
    import jpype
    from .jvm import jbytes, pbytes
    env = _osprey()
    current = {pbytes(k): pbytes(v) for k, v in ((e.getKey(), e.getValue()) for e in env.entrySet())}
    wanted = dict(os.environb)
    for k in current.keys() - wanted.keys():
        env.remove(jbytes(k))
    for k, v in wanted.items():
        if current.get(k) != v:
            env.put(jbytes(k), jbytes(v))
