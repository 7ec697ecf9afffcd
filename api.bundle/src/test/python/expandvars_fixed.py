#!/usr/bin/env python3
"""The golden expandvars cases whose answer changed with CPython's linear expandvars (gh-136065, CVE-2025-6075).

posixpath.jsonl and ntpath.jsonl hold CPython 3.13.0's answers, from before the fix. Osprey follows the fixed
expandvars, so GoldenTest replaces exactly these answers, each listed with the 3.13.0 answer it replaces
("was"). Writes expandvars-gh136065.jsonl next to the golden data (or to --out).

    python3 expandvars_fixed.py [--lib DIR]

The running interpreter's posixpath and ntpath (or those in --lib DIR, e.g. 3.13.9's) must have the fix; the
script checks that by behaviour. The committed file came from Debian 12's python3.11 (3.11.2-6+deb12u9), whose
standard library carries the fix as a security patch; expandvars is the same function in 3.11 and 3.13.

Line 1 is {"header": {...}}; every other line is one case: {"m": module, "f": "expandvars", "s": scenario,
"a": [path], "was": 3.13.0's answer, "r": the fixed answer}.
"""

import argparse
import json
import os
import platform
import sys

import ospath_golden as golden


def has_fix(module):
    """Before the fix an unclosed '${' was skipped and a variable after it expanded; now it runs to the end."""
    with golden.process({'environ': {'x': 'X'}, 'cwd': '/', 'uid': 0, 'passwd': []}):
        return module.expandvars('${$x') == '${$x'


def changed_cases(name, module, data_dir):
    with open(os.path.join(data_dir, name + '.jsonl'), encoding='ascii') as f:
        lines = f.read().splitlines()
    scenarios = json.loads(lines[0])['header']['scenarios']
    for line in lines[1:]:
        case = json.loads(line)
        if case['f'] != 'expandvars':
            continue
        with golden.process(scenarios[case['s']]):
            if case.get('b'):  # bytes, one character per byte in the data
                fixed = golden.latin1(module.expandvars(case['a'][0].encode('latin-1')))
            else:
                fixed = module.expandvars(*case['a'])
        if fixed != case['r']:
            yield {'m': name, 'f': 'expandvars', **({'b': 1} if case.get('b') else {}), 's': case['s'],
                   'a': case['a'], 'was': case['r'], 'r': fixed}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--lib', help='directory with the fixed posixpath.py, ntpath.py and genericpath.py')
    ap.add_argument('--data', default=golden.DEFAULT_OUT, help='where posixpath.jsonl and ntpath.jsonl are')
    ap.add_argument('--out', help='the file to write (default: expandvars-gh136065.jsonl in --data)')
    args = ap.parse_args()
    pp, nt = golden.load_modules(args.lib, None if args.lib is None else 'fixed')
    for module in (pp, nt):
        if not has_fix(module):
            ap.error('%s predates the linear expandvars (gh-136065): give fixed modules with --lib'
                     % module.__name__)
    cases = [c for name, module in (('posixpath', pp), ('ntpath', nt))
             for c in changed_cases(name, module, args.data)]
    header = {
        'fix': 'gh-136065 (CVE-2025-6075): linear os.path.expandvars',
        'modules': 'files given with --lib' if args.lib else 'the running interpreter\'s standard library',
        'interpreter': platform.python_version(),
        'generator': 'api.bundle/src/test/python/expandvars_fixed.py',
        'cases': len(cases),
    }
    out = args.out or os.path.join(args.data, 'expandvars-gh136065.jsonl')
    with open(out, 'w', encoding='ascii', newline='\n') as f:
        f.write(golden.dump({'header': header}) + '\n')
        for case in cases:
            f.write(golden.dump(case) + '\n')
    print('%d changed expandvars answers' % len(cases), file=sys.stderr)


if __name__ == '__main__':
    main()
