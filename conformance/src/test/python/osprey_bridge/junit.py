"""JUnit XML reports, so the build's test count includes the CPython tests."""
import os
from xml.sax.saxutils import quoteattr, escape


def _case(name, cls, body=''):
    return f'  <testcase classname={quoteattr(cls)} name={quoteattr(name)}>{body}</testcase>\n'


def _clean(text):
    return escape(''.join(c if c in '\n\t' or ' ' <= c < '\ud800' or '\ue000' <= c <= '\ufffd' else '?'
                          for c in text))


def _suite(reports, module, cases, counts):
    tests, failures, errors, skipped = counts
    path = os.path.join(reports, f'TEST-cpython.{module}.xml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write(f'<testsuite name="cpython.{module}" tests="{tests}" failures="{failures}" errors="{errors}" '
                f'skipped="{skipped}">\n')
        f.writelines(cases)
        f.write('</testsuite>\n')


def write(reports, module, result, verdicts):
    cases, failures, errors, skipped = [], 0, 0, 0
    for test_id, t in result['tests'].items():
        cls, name = test_id.rsplit('.', 1)
        if test_id in verdicts.expected:
            e = verdicts.expected[test_id]
            cases.append(_case(name, cls, f'<skipped message={quoteattr(f"expected failure ({e.reason}): {e.evidence}")}/>'))
            skipped += 1
        elif t['outcome'] == 'skipped':
            cases.append(_case(name, cls, f'<skipped message={quoteattr(_clean(str(t.get("reason"))))}/>'))
            skipped += 1
        elif t['outcome'] in ('failed', 'error'):
            tag = 'failure' if t['outcome'] == 'failed' else 'error'
            cases.append(_case(name, cls, f'<{tag}>{_clean(chr(10).join(t.get("details", [])))}</{tag}>'))
            failures += tag == 'failure'
            errors += tag == 'error'
        else:
            cases.append(_case(name, cls))
    # problems that belong to no single test (stale list entries, no Java calls, a crash)
    own = [p for p in verdicts.problems if not any(p.startswith(t + ' ') for t in result['tests'])]
    for n, p in enumerate(own):
        cases.append(_case(f'conformance_check_{n}', f'cpython.{module}', f'<failure>{_clean(p)}</failure>'))
        failures += 1
    _suite(reports, module, cases, (len(cases), failures, errors, skipped))


def write_skipped(reports, suites, why):
    for s in suites:
        _suite(reports, s.module, [_case('suite', f'cpython.{s.module}', f'<skipped message={quoteattr(why)}/>')],
               (1, 0, 0, 1))


def write_failed(reports, suites, why):
    for s in suites:
        _suite(reports, s.module, [_case('suite', f'cpython.{s.module}', f'<failure>{_clean(why)}</failure>')],
               (1, 1, 0, 0))
