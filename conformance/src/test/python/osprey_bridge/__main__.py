"""Runs every suite of SUITES in a child process of its own, checks the outcomes against the expected failures,
prints the per-module table, writes JUnit reports, and exits non-zero on anything unexpected.

    python3 -m osprey_bridge --classpath CP --reports DIR [--expected FILE] [--only test_glob,...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from . import expected as expected_mod
from . import junit
from .suites import for_platform

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHILD_TIMEOUT = 900


def jpype_python():
    """The interpreter that has JPype and CPython's test package, with the version of that package ('X.Y'), or
    None with the reason: OSPREY_JPYPE_PYTHON (CI: setup-python's CPython, its own Lib/test, JPype1 from pip),
    else Debian's python3 (python3-jpype, libpython3.11-testsuite), else the one running this."""
    candidates = [os.environ.get('OSPREY_JPYPE_PYTHON'), '/usr/bin/python3', sys.executable]
    probe = 'import sys, jpype, test.support, test.test_shutil; print("%d.%d" % sys.version_info[:2])'
    for exe in filter(None, candidates):
        if os.path.exists(exe):
            found = subprocess.run([exe, '-c', probe], capture_output=True, text=True)
            if found.returncode == 0:
                return exe, found.stdout.strip(), None
    return None, None, ('no python3 with JPype and CPython\'s test suite (Debian: apt-get install python3-jpype '
                        'libpython3.11-testsuite; elsewhere: pip install JPype1 into a CPython that ships Lib/test, '
                        'named by OSPREY_JPYPE_PYTHON)')


def run_child(python, classpath, suite, evidence, workdir):
    out = os.path.join(workdir, suite.module + '.json')
    ev = os.path.join(workdir, suite.module + '.evidence.json')
    with open(ev, 'w') as f:
        json.dump(evidence, f)
    cmd = [python, '-m', 'osprey_bridge.child', '--classpath', classpath, '--module', suite.module,
           '--classes', ','.join(suite.classes), '--out', out, '--evidence', ev]
    env = dict(os.environ, PYTHONPATH=HERE, PYTHONDONTWRITEBYTECODE='1')
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, errors='replace',
                              timeout=CHILD_TIMEOUT, cwd=workdir)
        crash = None if proc.returncode == 0 else f'exit {proc.returncode}: {proc.stderr[-4000:]}'
    except subprocess.TimeoutExpired as e:
        crash = f'timed out after {CHILD_TIMEOUT} s: {(e.stderr or b"")[-4000:]!r}'
    seconds = time.monotonic() - started
    if crash is None and os.path.exists(out):
        with open(out) as f:
            return json.load(f), None, seconds
    return {'tests': {}, 'evidence': {}}, crash or 'no result written', seconds


def main(argv=None):
    ap = argparse.ArgumentParser(prog='osprey_bridge')
    ap.add_argument('--classpath', required=True)
    ap.add_argument('--reports', required=True)
    ap.add_argument('--expected', default=os.path.join(HERE, 'expected-failures.txt'))
    ap.add_argument('--only', default='')
    args = ap.parse_args(argv)
    os.makedirs(args.reports, exist_ok=True)
    suites = [s for s in for_platform() if not args.only or s.module in args.only.split(',')]

    python, version, why = jpype_python()
    if python is None:
        if os.environ.get('CI') == 'true':  # CI installs them: their absence fails the run
            print(f'CPython conformance suites FAILED: {why}')
            junit.write_failed(args.reports, suites, why)
            return 1
        print(f'CPython conformance suites SKIPPED: {why}')
        junit.write_skipped(args.reports, suites, why)
        return 0
    print(f'CPython {version}\'s test suites on {sys.platform}, run by {python}')

    listed = expected_mod.load(args.expected, sys.platform, version)
    oracles = expected_mod.Oracles()
    rows, problems = [], []
    with tempfile.TemporaryDirectory(prefix='osprey-cpython-') as workdir:
        for suite in suites:
            mine = {k: v for k, v in listed.items() if k.startswith(f'test.{suite.module}.')}
            evidence = sorted({e.evidence for e in mine.values() if e.reason == 'cpython313'})
            result, crash, seconds = run_child(python, args.classpath, suite, evidence, workdir)
            verdicts = expected_mod.judge(result, mine, oracles, crash)
            rows.append(expected_mod.row(suite.module, result, verdicts, seconds))
            problems += [f'{suite.module}: {p}' for p in verdicts.problems]
            junit.write(args.reports, suite.module, result, verdicts)

    print(expected_mod.table(rows))
    if problems:
        print(f'\n{len(problems)} unexpected outcome(s):')
        for p in problems:
            print('  ' + p.replace('\n', '\n    '))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
