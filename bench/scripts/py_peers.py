#!/usr/bin/env python3
"""CPython peers, timed in-process with time.perf_counter after one untimed (warm) run.

    py_peers.py stat LIST [passes]      os.stat on each listed path; prints mean ns per call, one line per pass
    py_peers.py lstat LIST [passes]     the same with os.lstat
    py_peers.py walk DIR [passes]       for dirpath, dirnames, filenames in os.walk(DIR), touching every name;
                                        prints ms per walk
    py_peers.py scandir DIR [passes]    for e in os.scandir(DIR): e.name, e.is_dir(); prints us per listing
    py_peers.py listdir DIR [passes]    os.listdir(DIR); prints us per listing
    py_peers.py copytree SRC DST [passes]   shutil.copytree(SRC, DST) (copy2); prints ms per copy
    py_peers.py rmtree SRC DST [passes]     shutil.rmtree on a fresh cp -a of SRC; prints ms per delete
    py_peers.py copyfile SRC DST [passes]   shutil.copyfile(SRC, DST); prints ms per copy
                                            (the three follow fileops.py: checks and untimed cleanup)
    py_peers.py glob ROOT [passes]      glob.glob('**/*.txt', root_dir=ROOT, recursive=True); prints ms per glob
    py_peers.py fnmatch NAMES PATTERN [passes]   fnmatch.filter(names, PATTERN) over the names of the file
                                        NAMES (read untimed); prints ms per filter
    py_peers.py spawn N [passes]        N x subprocess.run(["/bin/true"]) (stdio inherited); prints s per N
    py_peers.py communicate BYTES [passes]   Popen(["head", "-c", BYTES, "/dev/zero"], stdout=PIPE).communicate();
                                        prints s per child
The entry count goes to stderr so run.sh can check that every walker saw the same tree.
"""
import fnmatch
import glob
import os
import shutil
import subprocess
import sys
from time import perf_counter

import fileops


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


def scandir_tree(top):
    """os.scandir over the whole tree: each entry's name and is_dir(follow_symlinks=False), directories stacked."""
    n = 0
    t0 = perf_counter()
    todo = [top]
    while todo:
        with os.scandir(todo.pop()) as it:
            for e in it:
                e.name
                n += 1
                if e.is_dir(follow_symlinks=False):
                    todo.append(e.path)
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


def glob_txt(root):
    t0 = perf_counter()
    found = glob.glob("**/*.txt", root_dir=root, recursive=True)
    return (perf_counter() - t0) * 1e3, len(found)


def fnmatch_filter(names, pattern):
    t0 = perf_counter()
    found = fnmatch.filter(names, pattern)
    return (perf_counter() - t0) * 1e3, len(found)


def spawn(n):
    t0 = perf_counter()
    for _ in range(n):
        subprocess.run(["/bin/true"]).check_returncode()
    return perf_counter() - t0, n


def communicate(size):
    t0 = perf_counter()
    with subprocess.Popen(["head", "-c", str(size), "/dev/zero"], stdout=subprocess.PIPE) as p:
        out, _ = p.communicate()
    t = perf_counter() - t0
    if p.returncode != 0 or len(out) != size:
        raise SystemExit(f"communicate: head exited {p.returncode} after {len(out)} bytes of {size}")
    return t, len(out)


def main():
    what, arg = sys.argv[1], sys.argv[2]
    if what in ("copytree", "rmtree", "copyfile"):
        passes = int(sys.argv[4]) if len(sys.argv) > 4 else 5
        op = {"copytree": lambda: fileops.copytree(shutil.copytree, arg, sys.argv[3], passes),
              "rmtree": lambda: fileops.rmtree(shutil.rmtree, arg, sys.argv[3], passes),
              "copyfile": lambda: fileops.copyfile(shutil.copyfile, arg, sys.argv[3], passes)}[what]
        op()
        return
    if what == "fnmatch":
        with open(arg, encoding="utf-8") as f:
            names = f.read().split("\n")[:-1]
        pattern = sys.argv[3]
        passes = int(sys.argv[4]) if len(sys.argv) > 4 else 5
        _, n = fnmatch_filter(names, pattern)  # warm: untimed (compiles and caches the pattern)
        for _ in range(passes):
            t, n = fnmatch_filter(names, pattern)
            print(f"{t:.3f}", flush=True)
        print(f"fnmatch: {n} matches", file=sys.stderr)
        return
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    if what in ("stat", "lstat"):
        with open(arg, encoding="utf-8") as f:
            paths = [line.rstrip("\n") for line in f if line.strip()]
        fn = os.stat if what == "stat" else os.lstat
        run = lambda: stat_loop(fn, paths)
    else:
        run = {"walk": walk, "scandir-tree": scandir_tree, "scandir": scandir, "listdir": listdir, "glob": glob_txt,
               "spawn": spawn, "communicate": communicate}[what]
        if what in ("spawn", "communicate"):
            arg = int(arg)
        run = (lambda r: (lambda: r(arg)))(run)
    _, n = run()  # warm: untimed
    for _ in range(passes):
        t, n = run()
        print(f"{t:.3f}", flush=True)
    print(f"{what}: {n} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
