"""The expected failures (one file, each with a reason from a fixed set), and the verdict on a suite's run.

Reasons, each checked where a machine can check it:
  cpython313  Osprey follows CPython 3.13 where these tests are 3.11's. The evidence is a Python expression:
              with Osprey in place it must give CPython 3.13's answer, and 3.13's answer must differ from 3.11's
              (both run here as plain CPython).
  mocks       The test mocks or inspects a Python internal that Osprey does not use. The evidence is that
              internal's name, which must appear in the test's own source.
  jvm         A documented difference of the JVM; the evidence says which (README's "Python -> Java").

A line may start with where it applies, in brackets: a sys.platform value (linux, darwin, win32), posix (not
Windows), or the version of the CPython whose Lib/test runs (3.11 for Debian's, 3.13 for the CI runners'); all must
hold. `[3.11 linux] test.x.y | ...` applies to Debian's 3.11 suite only.
"""
import ast
import os
import subprocess
from collections import namedtuple

Entry = namedtuple('Entry', 'test reason evidence')
REASONS = ('cpython313', 'mocks', 'jvm')
PY311 = '/usr/bin/python3'
PY313 = os.path.expanduser(os.path.join(os.environ.get('PYENV_ROOT', '~/.pyenv'), 'versions/3.13.0/bin/python3'))


def load(path, platform, version):
    """The entries that apply where the suites run: platform is a sys.platform value, version 'X.Y' of the
    CPython whose test package runs."""
    here = {platform, version} | ({'posix'} if platform != 'win32' else set())
    entries = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('['):
                where, _, line = line[1:].partition(']')
                if not set(where.split()) <= here:
                    continue
                line = line.strip()
            parts = [p.strip() for p in line.split(' | ', 2)]
            if len(parts) != 3 or parts[1] not in REASONS or not parts[2]:
                raise SystemExit(f'{path}:{n}: want "test id | {"/".join(REASONS)} | evidence": {line}')
            if parts[0] in entries:
                raise SystemExit(f'{path}:{n}: {parts[0]} listed twice')
            entries[parts[0]] = Entry(*parts)
    return entries


class Oracles:
    """Evidence expressions evaluated by plain CPython 3.11 and 3.13 (cached)."""
    SCRIPT = ('import sys, os, posixpath, ntpath, shutil, tempfile, glob, fnmatch, filecmp, linecache\n'
              'for e in sys.argv[1:]:\n'
              '    try: r = repr(eval(e))\n'
              '    except Exception as x: r = f"{type(x).__name__}: {x}"\n'
              '    print(r.encode("unicode_escape").decode("ascii"))\n')

    def __init__(self):
        self.cache = {}

    def answers(self, python, expressions):
        todo = [e for e in expressions if (python, e) not in self.cache]
        if todo and os.path.exists(python):
            out = subprocess.run([python, '-c', self.SCRIPT, *todo], capture_output=True, text=True,
                                 cwd='/').stdout.splitlines()
            for e, r in zip(todo, out):
                self.cache[python, e] = r.encode('ascii').decode('unicode_escape')
        return {e: self.cache.get((python, e)) for e in expressions}


def _mentions(source_file, test_id, needle):
    """Whether the test method (or its class's setUp) names needle in its source."""
    _, _, cls, method = test_id.split('.', 3)
    try:
        with open(source_file, encoding='utf-8') as f:
            text = f.read()
    except OSError:
        return False
    def source(fn):  # decorators included: mock.patch is often one
        return ''.join(ast.get_source_segment(text, n) or '' for n in [*fn.decorator_list, fn])

    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name in (method, 'setUp') and needle in source(item):
                    return True
    # the test may be inherited from a mixin class: look anywhere for that method naming it
    return any(isinstance(node, ast.FunctionDef) and node.name == method and needle in source(node)
               for node in ast.walk(tree))


class Verdicts:
    def __init__(self):
        self.expected = {}   # test id -> Entry, failing as listed
        self.problems = []   # what fails the run
        self.notes = []      # listed but skipped here (e.g. needs a non-root user)


def judge(result, listed, oracles, crash):
    v = Verdicts()
    tests = result['tests']
    if crash:
        v.problems.append(f'the suite did not finish: {crash}')
    for test_id, t in tests.items():
        entry = listed.get(test_id)
        failing = t['outcome'] in ('failed', 'error')
        if failing and entry is None:
            detail = (t.get('details') or [''])[0].strip()
            v.problems.append(f'{test_id} {t["outcome"]}:\n{detail[-3000:]}')
        elif failing:
            v.expected[test_id] = entry
        elif entry is not None and t['outcome'] == 'passed':
            v.problems.append(f'{test_id} passes but is listed as an expected failure: take it off the list')
        elif entry is not None:
            v.notes.append(f'{test_id} is listed and was skipped here: {t.get("reason")}')
    for test_id in listed.keys() - tests.keys():
        if not crash:
            v.problems.append(f'{test_id} is listed as an expected failure but did not run: take it off')
    ev = {e.evidence for e in v.expected.values() if e.reason == 'cpython313'}
    old, new, ours = oracles.answers(PY311, ev), oracles.answers(PY313, ev), result.get('evidence', {})
    for test_id, e in v.expected.items():
        if e.reason == 'cpython313':
            if new[e.evidence] is None:
                v.notes.append(f'{test_id}: no CPython 3.13 here to confirm {e.evidence}')
            elif not (ours.get(e.evidence) == new[e.evidence] != old[e.evidence]):
                v.problems.append(f'{test_id}: evidence {e.evidence} does not show a 3.13 change followed by '
                                  f'Osprey: Osprey {ours.get(e.evidence)}, 3.13 {new[e.evidence]}, '
                                  f'3.11 {old[e.evidence]}')
        elif e.reason == 'mocks' and not _mentions(result.get('source', ''), test_id, e.evidence):
            v.problems.append(f'{test_id}: listed as mocking {e.evidence}, which its source does not name')
    if any(t['outcome'] != 'skipped' for t in tests.values()) and not any(t['calls'] for t in tests.values()):
        v.problems.append('no test made a single call into Osprey: the proxies are not reached')
    return v


def row(module, result, verdicts, seconds):
    tests = result['tests'].values()
    count = lambda o: sum(1 for t in tests if t['outcome'] == o)
    return (module, len(result['tests']), count('passed'), count('failed'), count('error'),
            len(verdicts.expected), count('skipped'), sum(t['calls'] for t in tests), seconds)


def table(rows):
    head = ('module', 'run', 'passed', 'failed', 'errors', 'of which expected', 'skipped', 'Java calls')
    lines = ['| ' + ' | '.join(head) + ' |', '|' + '---|' + '--:|' * (len(head) - 1)]
    total = [0] * (len(head) - 1)
    for r in rows:
        lines.append('| ' + ' | '.join([f'`{r[0]}`'] + [str(x) for x in r[1:8]]) + ' |')
        total = [a + b for a, b in zip(total, r[1:8])]
    lines.append('| **all** | ' + ' | '.join(str(x) for x in total) + ' |')
    return '\n'.join(lines)
