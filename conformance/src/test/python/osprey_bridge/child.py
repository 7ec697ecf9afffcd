"""One CPython test module run in this process with Osprey in place of the modules it implements.

    python3 -m osprey_bridge.child --classpath CP --module test_shutil [--classes A,B] --out result.json
            [--evidence expressions.json]

Writes, per test: its outcome, the Java calls it made, and the failure's traceback; and, for the evidence
expressions of expected failures, what they evaluate to with Osprey in place.
"""
import argparse
import faulthandler
import importlib
import json
import os
import sys
import time
import unittest

from . import jvm


PER_TEST_SECONDS = 120


class Recorder(unittest.TestResult):
    """Per test: its outcome and Java calls. A test that hangs ends the process with every thread's stack."""
    def __init__(self):
        super().__init__()
        self.tests = {}
        self._started = 0

    def startTest(self, test):
        super().startTest(test)
        print(f'-- {test.id()}', file=sys.stderr, flush=True)  # the last one names a hang or a crash
        faulthandler.dump_traceback_later(PER_TEST_SECONDS, exit=True)
        jvm.Calls.count = 0
        self._started = time.monotonic()
        self.tests[test.id()] = {'outcome': 'passed', 'calls': 0}

    def stopTest(self, test):
        faulthandler.cancel_dump_traceback_later()
        super().stopTest(test)
        entry = self.tests[test.id()]
        entry['calls'] = jvm.Calls.count
        entry['seconds'] = round(time.monotonic() - self._started, 3)

    def _record(self, test, outcome, detail):
        entry = self.tests.setdefault(test.id(), {'outcome': outcome, 'calls': jvm.Calls.count})
        if entry['outcome'] in ('passed', 'skipped') or outcome == 'error':
            entry['outcome'] = outcome
        entry.setdefault('details', []).append(detail)

    def addError(self, test, err):
        super().addError(test, err)
        self._record(test, 'error', self._exc_info_to_string(err, test))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, 'failed', self._exc_info_to_string(err, test))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failure = issubclass(err[0], test.failureException)
            self._record(test, 'failed' if failure else 'error',
                         f'{subtest.id()}\n' + self._exc_info_to_string(err, test))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if test.id() not in self.tests:  # a class skipped as a whole is never started
            self.tests[test.id()] = {'outcome': 'skipped', 'calls': 0}
        if self.tests[test.id()]['outcome'] == 'passed':
            self.tests[test.id()]['outcome'] = 'skipped'
        self.tests[test.id()]['reason'] = reason

    def addExpectedFailure(self, test, err):  # CPython's own @expectedFailure: counts as passed
        super().addExpectedFailure(test, err)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, 'failed', 'unexpected success of a test CPython marks @expectedFailure')


def _flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _flatten(t)
        else:
            yield t


def evaluate(expressions):
    answers = {}
    for expr in expressions:
        try:
            answers[expr] = repr(eval(expr, {'__builtins__': __builtins__, **{m: importlib.import_module(m)
                                  for m in ('os', 'posixpath', 'ntpath', 'shutil', 'tempfile', 'glob',
                                            'fnmatch', 'filecmp', 'linecache')}}))
        except Exception as e:  # the evidence may be an exception
            answers[expr] = f'{type(e).__name__}: {e}'
    return answers


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--classpath', required=True)
    ap.add_argument('--module', required=True)
    ap.add_argument('--classes', default='')
    ap.add_argument('--out', required=True)
    ap.add_argument('--evidence', default=None)
    args = ap.parse_args(argv)

    jvm.start(args.classpath.split(os.pathsep))
    from . import install
    install.everything()

    try:
        module = importlib.import_module('test.' + args.module)
    except unittest.SkipTest as e:  # the whole module is not for this platform: one skipped entry says so
        with open(args.out, 'w') as out:
            json.dump({'tests': {f'test.{args.module}': {'outcome': 'skipped', 'calls': 0, 'reason': str(e)}},
                       'evidence': {}, 'source': ''}, out, indent=1)
        return
    loader = unittest.TestLoader()
    if args.classes:
        suite = unittest.TestSuite(loader.loadTestsFromTestCase(getattr(module, c))
                                   for c in args.classes.split(','))
    else:
        suite = loader.loadTestsFromModule(module)
    from .suites import NOT_RUN
    for test in _flatten(suite):
        reason = NOT_RUN.get(test.id())
        if reason is not None:
            setattr(test, test._testMethodName, unittest.skip(f'not run with a JVM in the process: {reason}')(
                getattr(test, test._testMethodName)))
    result = Recorder()
    suite.run(result)
    evidence = evaluate(json.load(open(args.evidence))) if args.evidence else {}
    with open(args.out, 'w') as out:
        json.dump({'tests': result.tests, 'evidence': evidence, 'source': module.__file__}, out, indent=1)


if __name__ == '__main__':
    # unittest's own output is not wanted; the orchestrator prints the table
    main()
