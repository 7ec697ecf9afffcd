#!/usr/bin/env python3
"""CPython peers, timed in-process with time.perf_counter after one untimed (warm) run.

    py_peers.py stat LIST [passes]      os.stat on each listed path; prints mean ns per call, one line per pass
    py_peers.py lstat LIST [passes]     the same with os.lstat
    py_peers.py walk DIR [passes]       for dirpath, dirnames, filenames in os.walk(DIR), touching every name;
                                        prints ms per walk
    py_peers.py scandir DIR [passes]    for e in os.scandir(DIR): e.name, e.is_dir(); prints us per listing
    py_peers.py listdir DIR [passes]    os.listdir(DIR); prints us per listing
The entry count goes to stderr so run.sh can check that every walker saw the same tree.
"""
import os
import sys
from time import perf_counter


def stat_loop(fn, paths):
    t0 = perf_counter()
    for p in paths:
        fn(p)
    return (perf_counter() - t0) * 1e9 / len(paths), len(paths)


def walk(top):
    n = 0
    t0 = perf_counter()
    for dirpath, dirnames, filenames in os.walk(top):
        for d in dirnames:
            pass
        for f in filenames:
            pass
        n += len(dirnames) + len(filenames)
    return (perf_counter() - t0) * 1e3, n


def scandir(top):
    n = 0
    t0 = perf_counter()
    with os.scandir(top) as it:
        for e in it:
            e.name
            e.is_dir()
            n += 1
    return (perf_counter() - t0) * 1e6, n


def listdir(top):
    t0 = perf_counter()
    names = os.listdir(top)
    for _ in names:
        pass
    return (perf_counter() - t0) * 1e6, len(names)


def main():
    what, arg = sys.argv[1], sys.argv[2]
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    if what in ("stat", "lstat"):
        with open(arg, encoding="utf-8") as f:
            paths = [line.rstrip("\n") for line in f if line.strip()]
        fn = os.stat if what == "stat" else os.lstat
        run = lambda: stat_loop(fn, paths)
    else:
        run = {"walk": walk, "scandir": scandir, "listdir": listdir}[what]
        run = (lambda r: (lambda: r(arg)))(run)
    _, n = run()  # warm: untimed
    for _ in range(passes):
        t, n = run()
        print(f"{t:.3f}", flush=True)
    print(f"{what}: {n} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
