"""os.environ and os.environb over Osprey's environ(): Python's own _Environ class (its checks, repr and
operators), with Osprey's live map as its data, so every read and write of the environment in this process,
the tests' helpers included, goes through Osprey. os.putenv and os.unsetenv are Osprey's."""
import collections.abc
import os


from .jvm import java, jbytes, jstr, pbytes, replace


class OspreyEnvironData(collections.abc.MutableMapping):
    """Osprey's environb() as the bytes -> bytes mapping that os._Environ keeps its data in."""

    def __init__(self, env):
        self._env = env

    @java
    def __getitem__(self, key):
        value = self._env.get(jbytes(key))
        if value is None:
            raise KeyError(key)
        return pbytes(value)

    @java
    def __setitem__(self, key, value):
        self._env.put(jbytes(key), jbytes(value))

    @java
    def __delitem__(self, key):
        if self._env.remove(jbytes(key)) is None:
            raise KeyError(key)

    def __iter__(self):
        it = java(lambda: self._env.keySet().iterator())()
        has_next, pull = java(it.hasNext), java(it.next)
        while True:
            try:
                if not has_next():
                    return
                key = pull()
            except RuntimeError as e:  # a change while iterating, as a dict says it
                raise RuntimeError('dictionary changed size during iteration') from e
            yield pbytes(key)

    @java
    def __len__(self):
        return int(self._env.size())

    def copy(self):
        return dict(self)


def install():
    from org.osprey.os import Os
    o = Os.get()
    old, oldb = os.environ, os.environb
    data = OspreyEnvironData(o.environb())
    os.environ = os._Environ(data, old.encodekey, old.decodekey, old.encodevalue, old.decodevalue)
    os.environb = os._Environ(data, oldb.encodekey, oldb.decodekey, oldb.encodevalue, oldb.decodevalue)

    def text(s, what):
        s = os.fspath(s)
        if isinstance(s, bytes):
            return jstr(os.fsdecode(s))
        if isinstance(s, str):
            return jstr(s)
        raise TypeError(f'{what} must be str or bytes, not {type(s).__name__}')

    replace(os, 'putenv', java(lambda key, value: o.putenv(text(key, 'key'), text(value, 'value'))))
    replace(os, 'unsetenv', java(lambda key: o.unsetenv(text(key, 'key'))))
