#!/usr/bin/env python3
"""CPython's glob.glob as the oracle for Osprey's GlobGoldenTest (run by the test, not by hand).

    glob_oracle.py ROOT < requests > answers

Each request line is `MODE RECURSIVE INCLUDE_HIDDEN KIND PATTERN`: MODE is root (root_dir=ROOT), fd (dir_fd=an
fd of ROOT), cwd (working directory ROOT) or abs (the pattern is absolute); the flags are 0/1; KIND is s (the
pattern and root_dir are str) or b (bytes); PATTERN is the hex of os.fsencode(pattern) ('-' for an empty one).
Each answer line is the matches in glob's order, each the hex of its os.fsencode bytes (or of the bytes glob
returned), separated by spaces (an empty line for no match).
"""

import glob
import os
import sys


def unhex(h):
    return os.fsdecode(b'' if h == '-' else bytes.fromhex(h))


def main():
    root = sys.argv[1]
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    os.chdir(root)
    out = []
    for line in sys.stdin.read().splitlines():
        mode, recursive, hidden, kind, pattern = line.split(' ')
        as_bytes = kind == 'b'
        kwargs = dict(recursive=recursive == '1', include_hidden=hidden == '1')
        if mode == 'root':
            kwargs['root_dir'] = os.fsencode(root) if as_bytes else root
        elif mode == 'fd':
            kwargs['dir_fd'] = fd
        pattern = unhex(pattern)
        found = glob.glob(os.fsencode(pattern) if as_bytes else pattern, **kwargs)
        assert all(isinstance(f, bytes) == as_bytes for f in found)
        out.append(' '.join(os.fsencode(f).hex() or '-' for f in found))
    os.close(fd)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
