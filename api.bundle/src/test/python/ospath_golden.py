#!/usr/bin/env python3
"""Golden data for Osprey's os.path: what CPython's posixpath and ntpath answer.

Writes posixpath.jsonl and ntpath.jsonl into api.bundle/src/test/resources/ospath (found relative to this
script) or into --out. The Java tests replay every case against PosixPath and NtPath.

The committed data came from CPython 3.13.0's posixpath.py, ntpath.py and genericpath.py, run by a CPython
3.13.0 interpreter (--lib, --lib-version 3.13.0). Regenerate with:

    python3 ospath_golden.py [--lib DIR --lib-version VERSION] [--out DIR]

--lib DIR            load posixpath.py, ntpath.py and genericpath.py from DIR instead of the running Python's
                     standard library, e.g. the files of a CPython release tag taken out with
                     `git show v3.13.0:Lib/ntpath.py`. Under an interpreter of another version the modules run
                     their pure-Python fallbacks instead of its posix._path_* C helpers (see c_helpers); the
                     interpreter still supplies the Unicode database behind str.lower(), and the header records
                     its version. (A 3.11 interpreter with 3.13.0's files writes the committed data unchanged.)
--lib-version X.Y.Z  the CPython version the --lib files come from, for the header.

Format: JSON lines, ASCII only: a lone surrogate (an undecodable file name byte) is written as its \\udcXX
escape, an astral character as its surrogate pair. Line 1 is {"header": {...}}: where the modules came from,
the number of cases, and the scenarios. Every other line is one call:

    {"f": "join", "a": ["a", "b"], "r": "a/b"}          the function, its arguments, CPython's result
    {"f": "commonpath", "a": [[]], "e": "ValueError"}   CPython raised this exception
    {"f": "expandvars", "s": "default", "a": ["$x"], "r": "X"}

    {"f": "split", "b": 1, "a": ["a/\u00ff"], "r": ["a", "\u00ff"]}   a call with bytes

A result is a string, a boolean, or a list for a tuple. With "b": 1 the call was made with bytes and every
string in "a" and "r" is bytes, one character per byte (latin-1: the byte 0xff is \u00ff). "s" names the scenario (working directory, environment,
user id and user database) the call ran in, for the functions that read the process; the script fakes exactly
those for the call: os.getcwd, os.getcwdb, os.environ, os.environb, os.getuid and the pwd module. Bytes are
decoded and encoded as os.fsdecode/os.fsencode do under UTF-8 with surrogateescape, which the script checks it
runs with (Osprey's FsCodec). Cases are generated systematically
(products of path pieces, a seeded sample of the larger products) plus hand-picked edge cases, so the output is
the same on every run.
"""

import argparse
import contextlib
import importlib.util
import itertools
import json
import os
import platform
import random
import sys
import types
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, '..', 'resources', 'ospath')

# ---- the process the functions see ----

ENVIRON = {
    'HOME': '/home/osprey',
    'foo': 'bar',
    'FOO': 'FOO-val',
    'x': 'X',
    'x1': 'one',
    'x_y': 'under',
    'x-y': 'dash',
    'E': '',
    'SLASH': '/',
    'D': '$foo',
    'P': '%foo%',
    'B': '${foo}',
    'Q': "'q'",
    'U': '\u00fc\U0001F600',
    'S': '\udc80\udcff',
    '\u00fc': 'umlaut',
    'a b': 'space',
    '{x}': 'braced',
    'foo}': 'brace-tail',
    '\U0001F600': 'emoji',
    '\udc80': 'surrogate',
}

PASSWD = [
    ['osprey', 1000, '/home/osprey'],
    ['root', 0, '/root'],
    ['slash', 1001, '/'],
    ['empty', 1002, ''],
    ['trail', 1003, '/home/trail//'],
    ['\u00fc', 1004, '/home/\u00fc'],
    ['x\udc80', 1005, '/home/x\udc80'],
]


def scenario(cwd, environ, uid=1000, passwd=PASSWD):
    return {'cwd': cwd, 'environ': environ, 'uid': uid, 'passwd': passwd}


def without(env, *keys):
    return {k: v for k, v in env.items() if k not in keys}


POSIX_SCENARIOS = {
    'default': scenario('/home/osprey/work', ENVIRON),
    'root': scenario('/', ENVIRON),
    'dslash': scenario('//net/share', ENVIRON),
    'nohome': scenario('/home/osprey/work', without(ENVIRON, 'HOME')),
    'nohome-nouser': scenario('/home/osprey/work', without(ENVIRON, 'HOME'), uid=4242),
    'home-slash': scenario('/home/osprey/work', dict(ENVIRON, HOME='/')),
    'home-empty': scenario('/home/osprey/work', dict(ENVIRON, HOME='')),
    'home-trail': scenario('/home/osprey/work', dict(ENVIRON, HOME='/home/osprey//')),
    # Names that are not ASCII, or not UTF-8: where bytes and str functions part ways.
    'odd-cwd': scenario('/home/\u00e9\udcff/w', dict(ENVIRON, HOME='/home/\udcff\u00e9')),
}

NT_ENVIRON = dict(ENVIRON, USERPROFILE='C:\\Users\\osprey', USERNAME='osprey')
NT_BARE = without(NT_ENVIRON, 'USERPROFILE', 'USERNAME')

NT_SCENARIOS = {
    'default': scenario('C:\\Users\\osprey\\work', NT_ENVIRON),
    'drive-root': scenario('D:\\', NT_ENVIRON),
    'unc': scenario('\\\\srv\\share\\dir', NT_ENVIRON),
    'homepath': scenario('C:\\Users\\osprey\\work',
                         dict(NT_BARE, HOMEDRIVE='C:', HOMEPATH='\\Users\\osprey', USERNAME='osprey')),
    'homepath-nodrive': scenario('C:\\Users\\osprey\\work', dict(NT_BARE, HOMEPATH='\\Users\\osprey')),
    'no-profile': scenario('C:\\Users\\osprey\\work', dict(NT_BARE, HOME='C:\\home')),
    'other-user': scenario('C:\\Users\\osprey\\work', dict(NT_ENVIRON, USERNAME='admin')),
    'no-username': scenario('C:\\Users\\osprey\\work', without(NT_ENVIRON, 'USERNAME')),
    'profile-unc': scenario('C:\\Users\\osprey\\work',
                            dict(NT_ENVIRON, USERPROFILE='\\\\srv\\users\\osprey')),
    # A drive letter that is not ASCII is a drive to str functions only: in bytes the colon is not the 2nd byte.
    'odd-cwd': scenario('\u00e4:\\w\udcff', dict(NT_ENVIRON, USERPROFILE='\u00c4:\\Users\\\udcff',
                                                   USERNAME='\udcff')),
}


def fake_pwd(passwd):
    """Python's pwd module over a fixed user database; like the real one it rejects a NUL in a name."""
    mod = types.ModuleType('pwd')

    def entry(name, uid, home):
        return types.SimpleNamespace(pw_name=name, pw_uid=uid, pw_dir=home)

    def getpwnam(name):
        if '\0' in name:
            raise ValueError('embedded null character')
        for n, u, d in passwd:
            if n == name:
                return entry(n, u, d)
        raise KeyError('getpwnam(): name not found: ' + repr(name))

    def getpwuid(uid):
        for n, u, d in passwd:
            if u == uid:
                return entry(n, u, d)
        raise KeyError('getpwuid(): uid not found: %d' % uid)

    mod.getpwnam = getpwnam
    mod.getpwuid = getpwuid
    return mod


@contextlib.contextmanager
def process(scn):
    saved = os.environ, os.environb, os.getcwd, os.getcwdb, os.getuid, sys.modules.get('pwd')
    os.environ = dict(scn['environ'])
    os.environb = {os.fsencode(k): os.fsencode(v) for k, v in scn['environ'].items()}
    os.getcwd = lambda: scn['cwd']
    os.getcwdb = lambda: os.fsencode(scn['cwd'])
    os.getuid = lambda: scn['uid']
    sys.modules['pwd'] = fake_pwd(scn['passwd'])
    try:
        yield
    finally:
        os.environ, os.environb, os.getcwd, os.getcwdb, os.getuid, pwd = saved
        if pwd is None:
            del sys.modules['pwd']
        else:
            sys.modules['pwd'] = pwd


# ---- loading the modules ----

def load_modules(lib, version):
    if lib is None:
        import ntpath
        import posixpath
        return posixpath, ntpath
    # ntpath and posixpath must see this genericpath, not the interpreter's: swap it in while they load.
    saved = sys.modules.get('genericpath')
    try:
        sys.modules['genericpath'] = load_file(lib, 'genericpath')
        with c_helpers(version == platform.python_version()):
            return load_file(lib, 'posixpath'), load_file(lib, 'ntpath')
    finally:
        sys.modules['genericpath'] = saved


@contextlib.contextmanager
def c_helpers(same_version):
    """Hides the posix._path_* C helpers from modules of another CPython version, so they run their own
    pure-Python fallbacks: helpers differ between versions (3.11's _path_normpath answers '' for '.', which 3.11's
    posixpath papered over and 3.13's does not)."""
    real = sys.modules.get('posix')
    if same_version or real is None:
        yield
        return
    shim = types.ModuleType('posix')
    shim.__dict__.update((k, v) for k, v in vars(real).items() if not k.startswith('_path_'))
    sys.modules['posix'] = shim
    try:
        yield
    finally:
        sys.modules['posix'] = real


def load_file(lib, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(lib, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---- recording ----

class Cases:
    def __init__(self, module, scenarios):
        self.module = module
        self.scenarios = scenarios
        self.lines = []
        self.seen = set()

    def call(self, name, *args, scenario=None):
        self.record(name, args, scenario, False)

    def call_bytes(self, name, *args, scenario=None):
        """The call with bytes arguments (each a bytes or a list of them)."""
        self.record(name, args, scenario, True)

    def record(self, name, args, scenario, with_bytes):
        key = json.dumps([name, scenario, with_bytes, latin1(args)], ensure_ascii=True)
        if key in self.seen:
            return
        self.seen.add(key)
        case = {'f': name}
        if with_bytes:
            case['b'] = 1
        if scenario is not None:
            case['s'] = scenario
        case['a'] = latin1(list(args))
        fn = getattr(self.module, name)
        try:
            if scenario is None:
                result = fn(*args)
            else:
                with process(self.scenarios[scenario]):
                    result = fn(*args)
        except Exception as e:  # the type is the expected outcome
            case['e'] = type(e).__name__
        else:
            if with_bytes and (isinstance(result, str) or isinstance(result, tuple) and
                               not all(isinstance(r, bytes) for r in result)):
                raise AssertionError('%s%r answered str: %r' % (name, args, result))
            case['r'] = latin1(list(result) if isinstance(result, tuple) else result)
        self.lines.append(case)

    def constant(self, name):
        self.lines.append({'f': name, 'a': [], 'r': getattr(self.module, name)})

    def write(self, path, header):
        header = dict(header, cases=len(self.lines), scenarios=self.scenarios)
        with open(path, 'w', encoding='ascii', newline='\n') as out:
            out.write(dump({'header': header}) + '\n')
            for case in self.lines:
                out.write(dump(case) + '\n')


def latin1(value):
    """bytes as the str of the same code points, inside lists too; anything else as it is."""
    if isinstance(value, bytes):
        return value.decode('latin-1')
    if isinstance(value, (list, tuple)):
        return [latin1(v) for v in value]
    return value


def dump(obj):
    return json.dumps(obj, ensure_ascii=True, separators=(',', ':'))


def sample(rng, items, k):
    items = sorted(set(items))
    return items if len(items) <= k else sorted(rng.sample(items, k))


def joined(*pieces):
    return ''.join(pieces)


# ---- path material ----

# Names that stress the code point handling: astral characters, lone surrogates (undecodable bytes).
UNICODE = ['\u00e4', '\U0001F600', '\udc80', 'x\udcff.y', '.\U0001F600', '\U0001F600.\U0001F600', '\u00e9.txt']

COMPONENTS = ['', '.', '..', '...', 'a', 'foo', '.a', '..a', 'a.', 'a.b', '.a.b', 'a..b', 'a.b.', ' ', 'a b',
              '~', 'C:', ':'] + UNICODE

COMMON_EXPANSIONS = [
    '$foo', '${foo}', '%foo%', '$FOO', '$x1', '$x_y', '$x-y', '${x-y}', '%x-y%', '$', '$$', '%%', '%', '${',
    '${foo', '}', '{', '$unknown', '${unknown}', '%unknown%', "'", "'$foo'", "'%foo%'", '$E', '$D', '%P%',
    '$\u00fc', '${\u00fc}', '%\u00fc%', '${a b}', '%a b%', '$U', '$S', '\udc80', '\U0001F600', 'a', '/', '\\',
    '$1', '${}', '%%%', '%foo', 'foo%', '$foo$foo', '$foo/bar', '${{x}}', '${foo}}', '%{x}%', '${\U0001F600}',
    '%\U0001F600%', '$\udc80', '${\udc80}', '%\udc80%', '$x.y', '%x%%x%', '$x$', 'a$', '$-', '$_', '${B}', '$Q',
]

EXPANDUSER = [
    '', 'a~', '/~', '~', '~/', '~//', '~/a', '~//a', '~/a/', '~\\', '~\\a', '~/a\\b', '~~', '~.', '~..',
    'x/~/y', '~osprey', '~osprey/', '~osprey/x', '~osprey\\x', '~Osprey/x', '~root', '~root/', '~slash',
    '~slash/', '~slash/x', '~empty', '~empty/', '~empty/x', '~trail', '~trail/x', '~nobody', '~nobody/x',
    '~bob', '~bob\\x', '~bob/x', '~\u00fc', '~\u00fc/a', '~\u00fc\\a', '~x\udc80/a', '~\udc80', '~a\0b/x',
    '~\0', '~\U0001F600/x', '~ /x', '~osprey/\U0001F600',
]

POSIX_EDGE = [
    '', '.', '..', '/', '//', '///', '////', '/.', '/..', '//.', '//..', '///..', '/./', '/../', './', '../',
    'a/', 'a//', '/a/', '//a', '//a/', '///a', '///a/', '////a', 'a/b/', 'a/./b', 'a/../b', 'a/b/..', '../a',
    '../../a', 'a/../../b', '/../a', '//../a', '///../a', '.a', '..a', '...a', '.a.b', 'a.b.c', 'a/.b', 'a/..b',
    'a.b/c', 'a.b/', 'a.b/.c', '...', '....a', 'a/...', '/a.b/', 'a.', 'a..', '\\a\\b.c', 'C:\\x', 'C:', 'c:/x',
    '//server/share', '\\\\server\\share', '\0', 'a\0b', 'a/\0/b', '~', '~/', '~user', '~/a/../b', '$HOME/x',
    ' ', ' / ', 'a /b ', '/\udc80', '\udc80/\udcff', 'a/\U0001F600.txt', '\U0001F600/..', '/\U0001F600/../x',
    '/a/b/c/../../d', 'a/b/c/../../../../d', '/a/./b/./c/.', '//a//b//', '/./.././../x', './/..//a',
    'foo/bar/../../../baz', '/usr/local/lib/python3.13/os.py', 'archive.tar.gz', '/etc/.bashrc', '.bashrc',
    '..bashrc', '/a.b.c/d', '\ud800', 'x\ud800.y',
]

NT_PREFIXES = [
    '', '/', '\\', '//', '\\\\', '///', '\\\\\\', 'C:', 'c:', 'C:/', 'C:\\', 'C:\\\\', 'Z:/', '//server/share',
    '\\\\server\\share', '\\\\server\\share\\', '//server', '\\\\server', '\\\\server\\', '\\\\?\\C:',
    '\\\\?\\C:\\', '\\\\?\\UNC\\server\\share', '\\\\?\\unc\\server\\share\\', '//?/UNC/server/share/',
    '\\\\.\\device', '\\\\.\\C:\\', '\\\\?\\Volume{x}\\', '/\\server/share', '\\\\?\\UNC\\', '\\\\?\\UNC',
    '\u00e4:', '\U0001F600:', '\\\\\U0001F600\\share\\', '\\\\?\\uNc\\s\\', ':', 'C:C:',
]

NT_EDGE = [
    '', '.', '..', '\\', '/', '\\\\', '//', '\\\\\\', '///', '\\.', '\\..', 'C:', 'C:.', 'C:..', 'C:..\\x',
    'C:\\..', 'C:/../x', 'C:\\.\\', 'c:a\\b', 'c:\\foo\\bar', 'c:/foo/bar/', 'C:\\foo\\..\\..\\bar',
    '\\\\conky\\mountpoint\\foo\\bar', '//conky/mountpoint/foo/bar', '\\\\\\conky\\mountpoint\\foo\\bar',
    '///conky/mountpoint/foo/bar', '\\\\conky\\\\mountpoint\\foo\\bar', '//conky//mountpoint/foo/bar',
    '\\\\conky\\mountpoint', '\\\\conky\\mountpoint\\', '\\\\conky', '\\\\conky\\', '\\\\?\\UNC\\server\\share\\dir',
    '\\\\?\\UNC\\server\\share', '\\\\?\\UNC\\server', '\\\\?\\UNC\\', '\\\\?\\UNC', '\\\\?\\unc\\s\\h\\x',
    '//?/UNC/server/share/dir', '\\\\?\\c:\\x', '\\\\?\\c:', '\\\\.\\c:\\x', '\\\\.\\nul', '\\\\.\\PhysicalDrive0',
    '\\\\?\\GLOBALROOT\\Device\\HarddiskVolume1\\x', '\\\\?\\Volume{1234}\\x', '\\\\server\\share\\..\\..',
    '\\\\server\\share\\a\\..\\..\\b', '\\..\\a', '..\\..\\a', 'a\\..\\..\\b', 'a/b\\c/d', 'a\\\\b//c',
    'nul', 'NUL', 'nul.txt', 'con', 'CON.txt', 'con .txt', 'conin$', 'CONOUT$', 'com1', 'COM9', 'COM0', 'com\u00b9',
    'LPT\u00b3', 'lpt4.log', 'aux', 'prn', 'x\\nul', 'nul\\x', 'a.', 'a ', '. ', '.. ', 'a:b', 'a*b', 'a?b',
    'a<b', 'a>b', 'a|b', 'a"b', 'a\tb', 'a\x1fb', 'a\x7fb', 'c:\\nul', '\\\\.\\nul', '\\\\srv\\con\\x',
    'co\u0131nin$', 'CON\u0130', 'foo.bar.', ' foo', '\0', 'a\0b', 'c:\0', '~', '~\\x', '$HOME\\x', '%TEMP%\\x',
    '\udc80\\\udcff', '\U0001F600\\..\\x', '\\\\\U0001F600\\s\\x', 'c:\\\U0001F600.txt', 'archive.tar.gz',
    'c:\\.bashrc', '..bashrc', '\\a.b.c\\d', 'a.b\\c', 'a.b/c', '\\\\a\\b\\c.d', 'C:a.b', 'C:.b',
    '\ud800', 'x\ud800:\\y',
]

NT_COMPONENTS = COMPONENTS + ['nul', 'Con.txt', 'a:b', 'lpt1 ', 'a*', '\\']

# What normcase (str.lower) is tried on: special casings, final sigma, titlecase digraphs, astral letters.
LOWER = [
    'ABC', 'aBc/DeF', '\u00c4\u00d6\u00dc', '\u0130', 'A\u0130B', '\u1e9e', '\u01c4\u01c5\u01c6', '\u01c5x',
    '\u212a', '\u2126', '\u2160\u2161', '\u24b6', '\U00010400', '\U00010400x\U00010427', '\u03a3', 'A\u03a3',
    '\u0391\u03a3', '\u0391\u03a3\\x', '\u0391\u03a3/x', '\u0391\u03a3.txt', "\u0391\u03a3'", "\u0391\u03a3'x",
    '\u0391\u03a3\u0391', 'x\u03a3', '\u03a3\u03a3', '\u0391\u03a3\u03a3', '\u0391\u0301\u03a3', '\u0391\u03a3\u0301',
    '\u0391\u03a3\u0301x', '\u02b0\u03a3', 'A\u02b0\u03a3', 'A\u03a3\u02b0', 'A\u03a3\u00ad', 'A\u00ad\u03a3',
    'A\u03a3\U0001F600', 'A\u03a3\udc80', '\udc80\u03a3', 'A\u03a3 B', 'A:\u03a3', 'A.\u03a3', 'A\u03a3:',
    'A\u03a3\u2019s', '\u0386\u03a3', '\u1f88', '\u0178', '\u00df', 'I\u0307', '\u0149', '\u0531\u0532',
    '\u10a0', '\u13a0', '\uff21\uff22', '\U0001e900', 'C:\\USERS\\\u00d8', '\udc80\udcff', '\ud800A',
]


def nt_paths(rng):
    paths = set(NT_EDGE) | set(LOWER)
    for prefix in NT_PREFIXES:
        for comp in NT_COMPONENTS:
            paths.add(prefix + comp)
    seps = ['\\', '/', '\\\\', '/\\']
    small = ['', '.', '..', 'a', '.a', 'a.b', '..a', '\U0001F600', 'nul', 'b:']
    product = (joined(p, c1, s, c2, t)
               for p in NT_PREFIXES for c1 in small for s in seps for c2 in small for t in ('', '\\', '/'))
    paths.update(sample(rng, product, 700))
    return sorted(paths)


def posix_paths(rng):
    paths = set(POSIX_EDGE)
    prefixes = ['', '/', '//', '///', '////', './', '../', './/', '~/']
    for prefix in prefixes:
        for comp in COMPONENTS + ['\\', 'a\\b']:
            paths.add(prefix + comp)
            paths.add(prefix + comp + '/')
            paths.add(prefix + comp + '//')
    small = ['', '.', '..', 'a', '.a', 'a.b', '..a', '\U0001F600', '\udc80']
    product = (joined(p, c1, s, c2, t)
               for p in prefixes for c1 in small for s in ('/', '//', '///') for c2 in small
               for t in ('', '/'))
    paths.update(sample(rng, product, 800))
    return sorted(paths)


# ---- bytes material ----

def fsencoded(strs):
    """The inputs that os.fsencode can encode (not a lone surrogate outside U+DC80..U+DCFF), as bytes."""
    out = []
    for s in strs:
        try:
            out.append(os.fsencode(s))
        except UnicodeEncodeError:
            pass
    return out


# Bytes that no str input encodes to: not UTF-8, cut short, or a character whose bytes count one by one.
BYTES_EDGE = [
    b'\xff', b'\x80', b'\xc3', b'\xa9', b'\xc3\xa9', b'\xc3\x84', b'\xc3\xa4', b'\xce\xa3', b'\xc4\xb0', b'\xc3\x9f',
    b'a\xff.b\xfe', b'.\xff', b'\xff.', b'\xff.\xff', b'\xc3.\xa9', b'\xed\xa0\x80/x', b'\xf4\x90\x80\x80', b'\xc0\xaf',
    b'\xe2\x82', b'\xe2\x82/..', b'\x80/\xff', b'/\xc3', b'\xc3/\xa9', b'//\xff/..', b'a/\xff\xfe/../b', b'~\xff/x',
    b'\xff~', b'\x7f\x80', b'\xff\\\xfe', b'/\xff/./\xfe//',
]

NT_BYTES_EDGE = [
    b'\xc4:', b'\xc4:\\x', b'\xe4:x', b'\xc3\xa4:', b'\xc3\xa4:\\x', b'\xc3\xa4:x', b'\xff:\\', b'\xff:x', b'\xc4:\xe4:',
    b'\\\\\xff\\s\\x', b'\\\\s\\\xff\\x', b'//\xc3\xa4/s/x', b'\xc3\x84\\\xc3\xa4', b'\\\\?\\UNC\\\xff\\s\\x',
    b'\\\\?\\\xd5NC\\s\\h', b'\\\\?\\U\xc3\x91C\\s\\h\\x', b'C:\\\xff\\..\\x', b'c:\\\xc3\x84', b'C:\\\xc3\xa4',
    b'\xce\xa3:\\x', b'\xf0\x9f\x98\x80:\\x', b'\xc3\xa4:\\COM\xc2\xb9', b'x\\COM\xc2\xb9.txt', b'LPT\xc2\xb3',
    b'nul\xff', b'\xffnul', b'a\xff.', b'con\xc2\xa0', b'\xc3\xa4:nul', b'\xc3\xa4:a:b', b'\xc4\xb0:\\x',
]


def bytes_cases(c, rng, paths, edge, join_pieces, join_small, commonpath_items, relpath_items, prefix_items):
    """The same functions given bytes: inputs that are not ASCII above all, and bytes that are not UTF-8."""
    wide = [p for p in paths if not p.isascii()]
    ascii_paths = [p for p in paths if p.isascii()]
    bpaths = sorted(set(fsencoded(sample(rng, wide, 220) + ascii_paths[::12])) | set(BYTES_EDGE) | set(edge))
    for p in bpaths:
        for name in ('basename', 'dirname', 'isabs', 'normcase', 'normpath', 'split', 'splitdrive', 'splitext',
                     'splitroot'):
            c.call_bytes(name, p)
        c.call_bytes('abspath', p, scenario='default')
        c.call_bytes('abspath', p, scenario='odd-cwd')
    odd = [b'\xff', b'\xc3', b'a\xff', b'\xc3\xa4', b'\xc4:', b'\xe4:x', b'\xc3\xa4:', b'\xc3\xa4:x', b'\xff:\\',
           b'\\\\S\xc4\\x', b'//s\xe4/x/y']
    pieces = fsencoded(join_pieces) + odd
    for a, b in sample(rng, itertools.product(pieces, repeat=2), 450):
        c.call_bytes('join', a, b)
    for a, b, d in sample(rng, itertools.product(fsencoded(join_small) + odd[:4], repeat=3), 150):
        c.call_bytes('join', a, b, d)
    for p in pieces:
        c.call_bytes('join', p)
    for a, b in itertools.product(odd, repeat=2):
        c.call_bytes('join', a, b)
    items = fsencoded(commonpath_items) + [b'/\xc3\xa9', b'/\xc3\xa8', b'C:\\\xc3\x84', b'c:\\\xc3\xa4', b'\xc4:\\x',
                                           b'\xe4:\\x', b'\xc3\xa4:\\x', b'/\xff/x', b'/\xff']
    for p in items:
        c.call_bytes('commonpath', [p])
    for pair in sample(rng, itertools.product(items, repeat=2), 350):
        c.call_bytes('commonpath', list(pair))
    for triple in sample(rng, itertools.product(items, repeat=3), 100):
        c.call_bytes('commonpath', list(triple))
    prefixes = fsencoded(prefix_items) + [b'\xc3\xa9', b'\xc3\xa8', b'\xff', b'\xee\x80\x80', b'\x80', b'\x7f', b'\xc3']
    for pair in sample(rng, itertools.product(prefixes, repeat=2), 300):
        c.call_bytes('commonprefix', list(pair))
    for triple in sample(rng, itertools.product(prefixes, repeat=3), 60):
        c.call_bytes('commonprefix', list(triple))
    rel = fsencoded(relpath_items) + [b'\xff', b'\xc3\xa4', b'\xc3\x84', b'/\xff/x', b'C:\\\xc3\x84', b'\xc4:\\x',
                                      b'\xc3\xa4:\\x', b'\xc3\xa4:x']
    for p in rel:
        for s in ('default', 'odd-cwd'):
            c.call_bytes('relpath', p, scenario=s)
    for p, start in sample(rng, itertools.product(rel, repeat=2), 350):
        c.call_bytes('relpath', p, start, scenario='default')
    for p in fsencoded(EXPANDUSER) + [b'~\xff', b'~\xff/x', b'~osprey/\xff', b'~x\x80/a', b'~\xc3\xbc\\\xff']:
        for s in c.scenarios:
            c.call_bytes('expanduser', p, scenario=s)
    expansions = fsencoded(COMMON_EXPANSIONS) + [b'$\xff', b'${\xff}', b'%\xff%', b'\xff$foo', b'$S\xff', b'%\xc3%',
                                                b'${\x80}', b'%\x80%', b'$\x80', b"'\xff$foo'"]
    for p in expansions:
        c.call_bytes('expandvars', p, scenario='default')
    for a, b in sample(rng, itertools.product(expansions, repeat=2), 300):
        c.call_bytes('expandvars', a + b, scenario='default')
    for p in bpaths[::20]:
        c.call_bytes('isjunction', p)
        c.call_bytes('isdevdrive', p)
    return bpaths


# ---- the cases ----

PREFIX_ITEMS = ['', 'a', 'ab', 'abc', 'abd', '/usr/lib', '/usr/local', '\U0001F600a', '\U0001F600b', '\U0001F601',
                '\ud83d', '\ue000', '\uffff', '\udc80', '\udc80a', 'a\udc80', 'a\U0001F600']


def common_cases(c, rng, paths, join_pieces, join_small, commonpath_items, relpath_items):
    prefix_items = PREFIX_ITEMS
    for name in ('sep', 'altsep', 'pathsep', 'curdir', 'pardir', 'extsep', 'defpath', 'devnull'):
        c.constant(name)
    for p in paths:
        for name in ('basename', 'dirname', 'isabs', 'normcase', 'normpath', 'split', 'splitdrive', 'splitext',
                     'splitroot'):
            c.call(name, p)
        c.call('abspath', p, scenario='default')
    for a, b in itertools.product(join_pieces, repeat=2):
        c.call('join', a, b)
    for a, b, d in itertools.product(join_small, repeat=3):
        c.call('join', a, b, d)
    for p in join_pieces:
        c.call('join', p)
    c.call('commonpath', [])
    for p in commonpath_items:
        c.call('commonpath', [p])
    for pair in itertools.product(commonpath_items, repeat=2):
        c.call('commonpath', list(pair))
    for triple in sample(rng, itertools.product(commonpath_items, repeat=3), 400):
        c.call('commonpath', list(triple))
    c.call('commonprefix', [])
    for pair in itertools.product(prefix_items, repeat=2):
        c.call('commonprefix', list(pair))
    for triple in sample(rng, itertools.product(prefix_items, repeat=3), 200):
        c.call('commonprefix', list(triple))
    for p in relpath_items:
        c.call('relpath', p, scenario='default')
    for p, start in itertools.product(relpath_items, repeat=2):
        c.call('relpath', p, start, scenario='default')
    for p in EXPANDUSER:
        for s in c.scenarios:
            c.call('expanduser', p, scenario=s)
    expansions = COMMON_EXPANSIONS
    for p in expansions:
        c.call('expandvars', p, scenario='default')
    for a, b in sample(rng, itertools.product(expansions, repeat=2), 1500):
        c.call('expandvars', a + b, scenario='default')
    for triple in sample(rng, itertools.product(expansions, repeat=3), 600):
        c.call('expandvars', ''.join(triple), scenario='default')
    for p in paths[::25]:
        c.call('isjunction', p)
        c.call('isdevdrive', p)


def posix_cases(pp, rng):
    c = Cases(pp, POSIX_SCENARIOS)
    # supports_unicode_filenames is True only on macOS: the focused test checks it against the host.
    paths = posix_paths(rng)
    join_pieces = ['', '/', '//', 'a', 'a/', 'a//', '/a', '//a', '///a', 'b', 'b/', '/b/', '.', '..', '~', '\u00e4',
                   '\U0001F600', '\udc80', 'C:', 'a\\b', '\\', ' ', '../c', '/a/b/', 'a/b']
    join_small = ['', '/', 'a', 'a/', '/b', '..', '\U0001F600', 'c//']
    commonpath_items = ['/usr/lib', '/usr/local/lib', '/usr/lib/', '/usr//lib', '/usr/./lib', '/', '//', '/usr',
                        'usr/lib', 'usr', '', '.', './usr', 'usr/local', '/usr/lib/python', '/\U0001F600/a',
                        '/\U0001F600/b', '/\udc80/x', '/a/b', '/a/bc', '/ab/c', '/\ue000', '/\U0001F600']
    relpath_items = ['a', 'a/b', '/a', '/a/b', '/', '//', '//a', '.', '..', '../a', 'a/../b', '/usr/lib', '/usr',
                     '/home/osprey/work', '/home/osprey', '/home/osprey/work/x/y', 'x/y/z', '\U0001F600/\udc80',
                     '', 'a/', '/home/osprey/workshop', '/home']
    common_cases(c, rng, paths, join_pieces, join_small, commonpath_items, relpath_items)
    for p in POSIX_EDGE + relpath_items:
        for s in ('root', 'dslash'):
            c.call('abspath', p, scenario=s)
            if p:
                c.call('relpath', p, scenario=s)
                c.call('relpath', p, '/usr', scenario=s)
    for p in relpath_items:
        c.call('abspath', p, scenario='odd-cwd')
    bytes_cases(c, random.Random(3), paths, [], join_pieces, join_small, commonpath_items, relpath_items,
                PREFIX_ITEMS)
    return c


def nt_cases(nt, rng):
    c = Cases(nt, NT_SCENARIOS)
    c.constant('supports_unicode_filenames')
    paths = nt_paths(rng)
    join_pieces = ['', 'a', 'a\\', 'a/', '\\', '/', '\\a', '/a', 'b', 'c:', 'C:', 'c:\\', 'c:/', 'c:a', 'C:b', 'd:',
                   'd:\\x', '\\\\srv\\share', '//srv/share', '\\\\srv\\share\\', '//srv/share/x', '\\\\srv', '//srv',
                   '\\\\?\\c:', '\\\\?\\UNC\\srv\\share', '..', '.', '\u00e4:x', '\U0001F600', '\udc80', '\u0130:',
                   'i\u0307:', '\\\\SRV\\Share\\y', '\U0001F600:x', 'C:\\\\', '\\\\\\a']
    join_small = ['', 'a', '\\', 'c:', 'C:x', 'd:\\', '\\\\s\\h', '//s/h/', '..', '\U0001F600:']
    commonpath_items = ['C:\\a\\b', 'c:/A/b', 'C:\\a\\c', 'C:a\\b', 'C:', 'C:\\', 'D:\\a', '\\a\\b', '/a/B', 'a\\b',
                        'a/b/c', '', '.', '\\\\srv\\share\\x', '//SRV/share/y', '\\\\srv\\other', '\u0130\\x',
                        'i\u0307\\x', '\u0391\u03a3\\x', '\u03b1\u03c2\\x', '\u0130:\\x', '\U0001F600\\a',
                        '\\\\?\\c:\\x', 'C:\\a\\.\\b\\']
    relpath_items = ['a', 'a\\b', 'C:\\a', 'c:/a/B', 'C:\\', 'D:\\x', '\\a', '\\\\srv\\share\\a', '//SRV/SHARE/b',
                     'C:a', 'D:a', '.', '..', '..\\x', 'C:\\Users\\osprey\\work\\x', 'C:\\USERS', '', '\u0130',
                     'i\u0307', '\u0391\u03a3', '\u03b1\u03c3', '\\\\srv\\share\\dir\\x', 'a/']
    common_cases(c, rng, paths, join_pieces, join_small, commonpath_items, relpath_items)
    for p in paths:
        c.call('isreserved', p)
    for p in paths[::3]:
        c.call('ismount', p, scenario='default')
    # Off Windows ntpath.realpath is abspath.
    for p in paths[::5]:
        c.call('realpath', p, scenario='default')
    for p in NT_EDGE + relpath_items:
        for s in ('drive-root', 'unc'):
            c.call('abspath', p, scenario=s)
            c.call('ismount', p, scenario=s)
            if p:
                c.call('relpath', p, scenario=s)
                c.call('relpath', p, 'C:\\x', scenario=s)
    for p in relpath_items:
        c.call('abspath', p, scenario='odd-cwd')
        c.call('ismount', p, scenario='odd-cwd')
    bpaths = bytes_cases(c, random.Random(4), paths, NT_BYTES_EDGE, join_pieces, join_small, commonpath_items,
                         relpath_items, PREFIX_ITEMS)
    for p in bpaths:
        c.call_bytes('isreserved', p)
    for p in bpaths[::2]:
        c.call_bytes('ismount', p, scenario='default')
        c.call_bytes('ismount', p, scenario='odd-cwd')
    for p in bpaths[::4]:
        c.call_bytes('realpath', p, scenario='default')
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--lib', help='directory with posixpath.py, ntpath.py and genericpath.py to use')
    ap.add_argument('--lib-version', help='the CPython version of the --lib files, for the header')
    ap.add_argument('--out', default=DEFAULT_OUT, help='where to write the .jsonl files')
    args = ap.parse_args()
    if bool(args.lib) != bool(args.lib_version):
        ap.error('--lib and --lib-version go together')
    if (sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()) != ('utf-8', 'surrogateescape'):
        ap.error('the bytes cases need os.fsencode to be UTF-8 with surrogateescape (run with -X utf8)')
    pp, nt = load_modules(args.lib, args.lib_version)
    if not hasattr(nt, 'isreserved'):
        ap.error("these modules predate CPython 3.13 (ntpath has no isreserved): give 3.13's with --lib")
    header = {
        'cpython': args.lib_version or platform.python_version(),
        'modules': 'CPython %s files given with --lib' % args.lib_version if args.lib
        else "the running interpreter's standard library",
        'interpreter': platform.python_version(),
        'unicode': unicodedata.unidata_version,
        'generator': 'api.bundle/src/test/python/ospath_golden.py',
    }
    os.makedirs(args.out, exist_ok=True)
    for name, cases in (('posixpath', posix_cases(pp, random.Random(1))), ('ntpath', nt_cases(nt, random.Random(2)))):
        cases.write(os.path.join(args.out, name + '.jsonl'), dict(header, module=name))
        print('%s: %d cases' % (name, len(cases.lines)))


if __name__ == '__main__':
    main()
