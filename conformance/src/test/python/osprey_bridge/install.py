"""Puts every proxy in place. Done before a test module is imported, since tests bind names at import."""


def everything():
    from . import environ, filecmp_, globbing, linecache_, os_, paths, shutil_, tempfile_
    os_.install()
    environ.install()
    paths.install()
    globbing.install()
    filecmp_.install()
    linecache_.install()
    shutil_.install()
    tempfile_.install()
