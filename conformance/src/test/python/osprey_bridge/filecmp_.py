"""filecmp answered by Osprey's Filecmp."""
import filecmp
import os
import sys

import jpype

from .jvm import java, jpath, jpaths, jstr, plist, pstr, replace


def install():
    from org.osprey.filecmp import DircmpOptions, Filecmp
    fc = Filecmp.get()

    @java
    def cmp(f1, f2, shallow=True):
        return bool(fc.cmp(jpath(os.fspath(f1)), jpath(os.fspath(f2)), bool(shallow)))
    replace(filecmp, 'cmp', cmp)

    @java
    def cmpfiles(a, b, common, shallow=True):
        r = fc.cmpfiles(jpath(os.fspath(a)), jpath(os.fspath(b)), jpaths(common), bool(shallow))
        return plist(r.match()), plist(r.mismatch()), plist(r.errors())
    replace(filecmp, 'cmpfiles', cmpfiles)

    @java
    def clear_cache():
        fc.clearCache()
    replace(filecmp, 'clear_cache', clear_cache)

    attributes = {'left_list': 'leftList', 'right_list': 'rightList', 'common': 'common',
                  'left_only': 'leftOnly', 'right_only': 'rightOnly', 'common_dirs': 'commonDirs',
                  'common_files': 'commonFiles', 'common_funny': 'commonFunny', 'same_files': 'sameFiles',
                  'diff_files': 'diffFiles', 'funny_files': 'funnyFiles'}

    class dircmp:
        """filecmp.dircmp over Osprey's Dircmp: attributes are computed on first use, as in Python."""

        def __init__(self, a, b, ignore=None, hide=None, shallow=True, *, _java=None):
            self.left, self.right = a, b
            self.hide = [os.curdir, os.pardir] if hide is None else hide
            self.ignore = filecmp.DEFAULT_IGNORES if ignore is None else ignore
            self.shallow = shallow
            self._java = _java or self._open(a, b)

        @java
        def _open(self, a, b):
            opts = DircmpOptions.DEFAULT.withIgnore(jpaths(self.ignore)).withHide(jpaths(self.hide)) \
                .withShallow(bool(self.shallow))
            return fc.dircmp(jpath(os.fspath(a)), jpath(os.fspath(b)), opts)

        def __getattr__(self, name):
            if name in attributes:
                value = self._list(attributes[name])
            elif name == 'subdirs':
                value = self._subdirs()
            else:
                raise AttributeError(name)
            setattr(self, name, value)
            return value

        @java
        def _list(self, method):
            return plist(getattr(self._java, method)())

        @java
        def _subdirs(self):
            return {pstr(e.getKey()): type(self)(os.path.join(self.left, pstr(e.getKey())),
                                             os.path.join(self.right, pstr(e.getKey())),
                                             self.ignore, self.hide, self.shallow, _java=e.getValue())
                    for e in self._java.subdirs().entrySet()}

        @java
        def _report(self, method):
            out = jpype.java.lang.StringBuilder()
            getattr(self._java, method)(out)
            sys.stdout.write(pstr(out.toString()))

        def report(self):
            self._report('report')

        def report_partial_closure(self):
            self._report('reportPartialClosure')

        def report_full_closure(self):
            self._report('reportFullClosure')

    dircmp.__module__ = 'filecmp'
    filecmp.dircmp = dircmp
