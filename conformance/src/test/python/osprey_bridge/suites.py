"""The CPython test modules run against Osprey. test_os and test_posix also test what Osprey does not
implement (fork, Windows): only their classes that exercise Osprey's functions run (TestPosixSpawn* start
children with Osprey's posix_spawn and wait for them with Osprey's waitpid).

On Windows (the Windows provider), the modules that exist for POSIX only are not run: CPython skips them there at
import (test_posix, test_wait3, test_threadsignals) or as whole classes (test_signal's); test_os runs Windows' own
classes too. Elsewhere the list is the POSIX one."""
import sys
from collections import namedtuple

Suite = namedtuple('Suite', 'module classes posix_only windows_classes', defaults=(False, ()))

SUITES = [
    Suite('test_posixpath', ()),
    Suite('test_ntpath', ()),
    Suite('test_genericpath', ()),
    Suite('test_fnmatch', ()),
    Suite('test_glob', ()),
    Suite('test_shutil', ()),
    Suite('test_tempfile', ()),
    Suite('test_filecmp', ()),
    Suite('test_linecache', ()),
    Suite('test_os', ('EnvironTests', 'MiscTests', 'PosixUidGidTests', 'Pep383Tests', 'DeviceEncodingTests', 'LoginTests',
                      'ProgramPriorityTests', 'TestDirEntry', 'FileTests', 'StatAttributeTests', 'UtimeTests', 'WalkTests', 'FwalkTests',
                      'BytesWalkTests', 'BytesFwalkTests', 'MakedirTests', 'ChownFileTests', 'RemoveDirsTests',
                      'DevNullTests', 'URandomTests', 'TestInvalidFD', 'LinkTests', 'ReadlinkTests',
                      'NonLocalSymlinkTests', 'ExtendedAttributeTests', 'TermsizeTests', 'OSErrorTests',
                      'CPUCountTests', 'FDInheritanceTests', 'BlockingTests', 'TestScandir', 'TimesTests',
                      'PidTests', 'SpawnTests', 'ExecTests'),
          windows_classes=('Win32ListdirTests', 'Win32SymlinkTests', 'Win32JunctionTests', 'Win32KillTests')),
    Suite('test_posix', ('PosixTester', 'PosixGroupsTester', 'TestPosixSpawn', 'TestPosixSpawnP'), posix_only=True),
    Suite('test_wait3', ('Wait3Test',), posix_only=True),
    Suite('test_popen', ()),
    Suite('test_threadsignals', (), posix_only=True),
    Suite('test_signal', ('PosixTests', 'PendingSignalsTests', 'StressTest'), posix_only=True),
]


def for_platform(platform=sys.platform):
    """The suites that make sense on platform (a sys.platform value), with the classes to run there."""
    if platform != 'win32':
        return list(SUITES)
    return [s._replace(classes=s.classes + s.windows_classes if s.classes else ()) for s in SUITES
            if not s.posix_only]


# Tests that fork this process and run Python in the child: the child of a process that hosts a JVM has only the
# forking thread, so a call into Osprey there can deadlock (README: fork). They are not run; the report says why.
NOT_RUN = {
    'test.test_posix.PosixTester.test_fexecve': 'forks the process that hosts the JVM',
    'test.test_posix.PosixTester.test_waitid': 'forks the process that hosts the JVM',
    'test.test_posix.PosixTester.test_register_at_fork': 'forks the process that hosts the JVM',
    'test.test_tempfile.TestRandomNameSequence.test_process_awareness': 'forks the process that hosts the JVM',
    'test.test_wait3.Wait3Test.test_wait': 'forks the process that hosts the JVM',
}
