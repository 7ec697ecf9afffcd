"""Puts every proxy in place. Done before a test module is imported, since tests bind names at import."""


def everything():
    import os
    from . import environ, filecmp_, globbing, linecache_, os_, paths, shutil_, tempfile_
    os_.install()
    environ.install()
    paths.install()
    globbing.install()
    filecmp_.install()
    linecache_.install()
    shutil_.install()
    tempfile_.install()
    if os.name == 'posix':  # the JVM opens Windows files as handles, not C runtime descriptors: no race there
        _bad_fds_stay_bad()


def _bad_fds_stay_bad():
    """test.support's make_bad_fd closes a file and returns its number, which is invalid only while no other thread
    opens a file: the JVM's threads do (class loading, jars), and one took the number between the close and the
    call under test (test_os.TestInvalidFD.test_tcsetpgrpt saw ENOTTY instead of EBADF). The number returned here is
    far above any descriptor the process holds, so it stays invalid, which is what the tests mean by it."""
    import resource
    from test.support import os_helper
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    high = (min(soft, 65536) if soft != resource.RLIM_INFINITY else 65536) - 1

    def make_bad_fd():
        return high

    os_helper.make_bad_fd = make_bad_fd
