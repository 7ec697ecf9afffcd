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
from .suites import SUITES

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHILD_TIMEOUT = 900


def jpype_python():
    """The interpreter that has JPype and CPython's test package (Debian's python3 with python3-jpype and
    libpython3.11-testsuite), or None with the reason."""
    candidates = [os.environ.get('OSPREY_JPYPE_PYTHON'), '/usr/bin/python3', sys.executable]
    probe = 'import jpype, test.support, test.test_shutil'
    for exe in filter(None, candidates):
        if os.path.exists(exe) and subprocess.run([exe, '-c', probe], capture_output=True).returncode == 0:
            return exe, None
    return None, ('no python3 with JPype and CPython\'s test suite (Debian: apt-get install python3-jpype '
                  'libpython3.11-testsuite; or set OSPREY_JPYPE_PYTHON)')


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
    suites = [s for s in SUITES if not args.only or s.module in args.only.split(',')]

    python, why = jpype_python()
    if python is None:
        print(f'CPython conformance suites SKIPPED: {why}')
        junit.write_skipped(args.reports, suites, why)
        return 1 if os.environ.get('CI') == 'true' else 0  # CI installs them: a skip there is a failure

    listed = expected_mod.load(args.expected)
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
