#!/usr/bin/env python3
"""Golden data for Osprey's fnmatch: what CPython's fnmatch.translate and fnmatchcase answer.

Writes glob.bundle/src/test/resources/fnmatch/golden.txt (relative to this script) or --out. The committed
file came from CPython 3.13.0 (`$(pyenv root)/versions/3.13.0/bin/python3 fnmatch_golden.py`); translate's
text differs in other versions, the match results do not.

Format: text lines (no lone high surrogates: Java would read one before a low surrogate as a pair); every
string is the hex of its UTF-16-BE code units, so lone surrogates (undecodable file name bytes) and astral
characters survive exactly.
    # comment lines
    N <name> <name> ...                  the names, once, in order
    P <pattern> <translate(pattern)> <bits>
bits has one character per name: 1 when fnmatchcase(name, pattern) is true.
Cases are generated deterministically (products of small alphabets and a seeded sample), so a rerun under
the same Python writes the same file.
"""

import argparse
import fnmatch
import itertools
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, '..', 'resources', 'fnmatch', 'golden.txt')

# characters that mean something to a pattern, and some that could confuse a translation to regex
PATTERN_TOKENS = ['a', 'b', 'z', '-', ']', '[', '!', '*', '?', '\\', '/', '^', '&', '~', '|', '.', ' ',
                  '\n', '(', '$', 'é', '\U0001F600', '\udc80', '[!', '[]', 'a-z', 'z-a', '\\]']
NAME_CHARS = ['a', 'b', 'z', '-', ']', '[', '!', '\\', '/', '^', '.', '\n', 'é', '\U0001F600', '\udc80',
              '\U00010080', 'A', '&', '*', '?']

EDGE_PATTERNS = [
    '', '*', '**', '?', '[', ']', '\\', '[]]', '[!]]', '[a-]', '[-a]', '[z-a]', '[!z-a]', '[]-a]', '[!]-a]',
    '[a-c-e]', '[--]', '[---]', '[a--]', '[!--]', '[\\]', '[\\]]', '[\\-a]', '[^a]', '[!^a]', '[[]', '[[a]',
    '[a&&b]', '[a||b]', '[a~~b]', '[!]', '[!!]', '[]', '[][]', '[]!]', '[z-a-c]', '[z-ab]', '[!z-ab]',
    '*a*a*a*a*a*a*b', 'a*', '*a', '*a*', 'a*b*c', '*.txt', 'x?y', '[a-z]*[0-9]', '*/*', '\\*', '[*]', '[?]',
    '[é-\U0001F600]', '[\U0001F600-é]', '[\udc80-\udcff]', '*\udc80', '\udc80*', '?\udc80', '[!a-z]*',
    '[\x00-\x1f]', '[a-a]', '[a-b-c]', '[!a-b-c]', '[\\--]', '[!\\--]', 'a[', 'a[b', 'a[!', 'a[!b', '[!a',
]
EDGE_NAMES = ['', 'a', 'b', 'ab', 'abc', 'aXbXc', 'a.txt', '.txt', 'x.y.txt', 'xzy', 'x/y', 'a/b', '*', '?',
              '[', ']', '\\', '-', '!', '^', 'a' * 30, 'a' * 29 + 'b', 'a9', 'q0', '\U0001F600', 'é',
              '\udc80', '\udcff', '\U00010080', '\x05', 'a\nb', '\n', '&', '~', '|', 'A', 'Z']


def hexs(s):
    return s.encode('utf-16-be', 'surrogatepass').hex() or '-'


def patterns(rng):
    seen = dict.fromkeys(EDGE_PATTERNS)
    small = ['a', '-', ']', '[', '!', '*', '?', 'z', '\\']
    for n in range(1, 5):
        for combo in itertools.product(small, repeat=n):
            seen.setdefault(''.join(combo))
    while len(seen) < 5000:
        seen.setdefault(''.join(rng.choice(PATTERN_TOKENS) for _ in range(rng.randint(1, 7))))
    return list(seen)


def names(rng):
    seen = dict.fromkeys(EDGE_NAMES)
    while len(seen) < 80:
        seen.setdefault(''.join(rng.choice(NAME_CHARS) for _ in range(rng.randint(1, 5))))
    return list(seen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out', default=DEFAULT_OUT)
    args = parser.parse_args()
    rng = random.Random(20241121)
    ns = names(rng)
    ps = patterns(rng)
    with open(args.out, 'w', encoding='ascii', newline='\n') as out:
        out.write('# fnmatch golden data from CPython %s; see glob.bundle/src/test/python/fnmatch_golden.py\n'
                  % sys.version.split()[0])
        out.write('N ' + ' '.join(hexs(n) for n in ns) + '\n')
        for p in ps:
            bits = ''.join('1' if fnmatch.fnmatchcase(n, p) else '0' for n in ns)
            out.write('P %s %s %s\n' % (hexs(p), hexs(fnmatch.translate(p)), bits))


if __name__ == '__main__':
    main()
