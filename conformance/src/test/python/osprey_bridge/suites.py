"""The CPython test modules run against Osprey. test_os and test_posix also test what Osprey does not
implement yet (processes, spawn, Windows): only their classes that exercise Osprey's functions run."""
from collections import namedtuple

Suite = namedtuple('Suite', 'module classes')

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
    Suite('test_os', ('MiscTests', 'PosixUidGidTests', 'Pep383Tests', 'DeviceEncodingTests', 'LoginTests',
                      'ProgramPriorityTests', 'TestDirEntry', 'FileTests', 'StatAttributeTests', 'UtimeTests', 'WalkTests', 'FwalkTests',
                      'BytesWalkTests', 'BytesFwalkTests', 'MakedirTests', 'ChownFileTests', 'RemoveDirsTests',
                      'DevNullTests', 'URandomTests', 'TestInvalidFD', 'LinkTests', 'ReadlinkTests',
                      'NonLocalSymlinkTests', 'ExtendedAttributeTests', 'TermsizeTests', 'OSErrorTests',
                      'CPUCountTests', 'FDInheritanceTests', 'BlockingTests', 'TestScandir', 'TimesTests')),
    Suite('test_posix', ('PosixTester', 'PosixGroupsTester')),
]
