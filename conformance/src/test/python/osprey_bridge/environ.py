"""os.environ and os.environb over Osprey's environ(): Python's own _Environ class (its checks, repr and
operators), with Osprey's live map as its data, so every read and write of the environment in this process,
the tests' helpers included, goes through Osprey. os.putenv and os.unsetenv are Osprey's. On Windows, where
CPython has no environb and keeps str in os.environ, the data is Osprey's environ() as str -> str."""
import collections.abc
import os


from .jvm import java, jbytes, jstr, pbytes, pstr, replace


class OspreyEnvironData(collections.abc.MutableMapping):
    """Osprey's environb() as the bytes -> bytes mapping that os._Environ keeps its data in (or, with jstr and
    pstr, environ() as str -> str)."""

    def __init__(self, env, to_java=jbytes, to_python=pbytes):
        self._env, self._j, self._p = env, to_java, to_python

    @java
    def __getitem__(self, key):
        value = self._env.get(self._j(key))
        if value is None:
            raise KeyError(key)
        return self._p(value)

    @java
    def __setitem__(self, key, value):
        self._env.put(self._j(key), self._j(value))

    @java
    def __delitem__(self, key):
        if self._env.remove(self._j(key)) is None:
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
            yield self._p(key)

    @java
    def __len__(self):
        return int(self._env.size())

    def copy(self):
        return dict(self)


def install():
    from org.osprey.os import Os
    o = Os.get()
    old = os.environ
    if not hasattr(os, 'environb'):
        os.environ = os._Environ(OspreyEnvironData(o.environ(), jstr, pstr), old.encodekey, old.decodekey,
                                 old.encodevalue, old.decodevalue)
    else:
        oldb, data = os.environb, OspreyEnvironData(o.environb())
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
