#!/usr/bin/env python3
"""Golden data for Osprey's glob.translate (new in CPython 3.13): CPython 3.13.0's answers.

Writes glob.bundle/src/test/resources/glob/translate.txt (relative to this script) or --out. Run it with
CPython 3.13.0: `$(pyenv root)/versions/3.13.0/bin/python3 glob_translate_golden.py`.

Format: one case a line, `RECURSIVE INCLUDE_HIDDEN SEPS PATTERN RESULT`, flags 0/1, strings as the hex of
their UTF-8 bytes ('-' for an empty string; SEPS '-' means seps=None: os.path.sep and altsep).
"""

import argparse
import glob
import itertools
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, '..', 'resources', 'glob', 'translate.txt')

SEGMENTS = ['', '*', '**', '?', '.', '..', 'a', '.a', '*.py', '?x', '[ab]', '[!.]*', 'a*b', '***', '\\', '.*',
            '[/]', 'a-b', 'é']
SEPS = [None, '/\\', ':']


def hexs(s):
    return s.encode('utf-8').hex() if s else '-'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out', default=DEFAULT_OUT)
    args = parser.parse_args()
    rng = random.Random(3130)
    patterns = set()
    for n in (1, 2):
        for combo in itertools.product(SEGMENTS, repeat=n):
            patterns.add('/'.join(combo))
    while len(patterns) < 500:
        parts = [rng.choice(SEGMENTS) for _ in range(rng.randint(1, 4))]
        patterns.add(''.join(p + rng.choice(['/', '\\', ':']) for p in parts[:-1]) + parts[-1])
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='ascii', newline='\n') as out:
        for p in sorted(patterns):
            for recursive, hidden in itertools.product((False, True), repeat=2):
                for seps in SEPS:
                    r = glob.translate(p, recursive=recursive, include_hidden=hidden, seps=seps)
                    out.write('%d %d %s %s %s\n' % (recursive, hidden, hexs(seps or ''), hexs(p), hexs(r)))


if __name__ == '__main__':
    main()
