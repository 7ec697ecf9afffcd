"""linecache answered by Osprey's Linecache; a module's __loader__ becomes a SourceLoader."""
import linecache
import os
import sys

import jpype

from .jvm import java, jpath, jpaths, jstr, plist, pstr, replace


def install():
    from org.osprey.linecache import Linecache, LinecacheOptions
    lc = Linecache.get()

    @jpype.JImplements('org.osprey.linecache.SourceLoader')
    class Loader:
        def __init__(self, get_source, name):
            self.get_source, self.name = get_source, name

        @jpype.JOverride
        def source(self):
            text = self.get_source(self.name)
            return None if text is None else jstr(text)

    def options(module_globals):
        opts = LinecacheOptions.DEFAULT.withPath(jpaths([p for p in sys.path if isinstance(p, str)]))
        if module_globals and '__name__' in module_globals:
            spec = module_globals.get('__spec__')
            name = getattr(spec, 'name', None) or module_globals['__name__']
            loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
            get_source = getattr(loader, 'get_source', None)
            if get_source is not None:
                opts = opts.withLoader(Loader(get_source, name))
        return opts

    @java
    def getline(filename, lineno, module_globals=None):
        return pstr(lc.getline(jstr(filename), lineno, options(module_globals)))
    replace(linecache, 'getline', getline)

    @java
    def getlines(filename, module_globals=None):
        return plist(lc.getlines(jstr(filename), options(module_globals)))
    replace(linecache, 'getlines', getlines)

    @java
    def clearcache():
        lc.clearcache()
    replace(linecache, 'clearcache', clearcache)

    @java
    def checkcache(filename=None):
        if filename is None:
            lc.checkcache()
        else:
            lc.checkcache(jstr(filename))
    replace(linecache, 'checkcache', checkcache)

    @java
    def updatecache(filename, module_globals=None):
        return plist(lc.updatecache(jstr(filename), options(module_globals)))
    replace(linecache, 'updatecache', updatecache)

    @java
    def lazycache(filename, module_globals):
        opts = options(module_globals)
        return bool(lc.lazycache(jstr(filename), opts.loader())) if opts.loader() is not None else False
    replace(linecache, 'lazycache', lazycache)
