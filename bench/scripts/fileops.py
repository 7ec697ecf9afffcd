"""The protocol every peer of the shutil and copyfile parts follows, so that each tool does the same work:

copytree  one untimed copy first; then per pass: timed copy, check that the copy has the source's entries and
          bytes, untimed `rm -rf` of the copy.
rmtree    per pass (one untimed first): untimed `cp -a` of the source (a fresh tree for every tool), timed
          delete, check that it is gone.
copyfile  per pass: untimed copy, `rm`, timed copy, check the size, `rm` (the untimed copy faults back the
          memory the VM took away, see /work/shared/notes/benchmarking.md).
Shared by py_peers.py (CPython) and tool_peers.py (cp, rm); the Java peers (ShutilMain) follow the same steps.
"""
import os
import stat
import subprocess
import sys
from time import perf_counter


def count(top):
    """(entries below top, bytes of its regular files), symlinks not followed; (1, size) for a regular file."""
    if os.path.isfile(top) and not os.path.islink(top):
        return 1, os.path.getsize(top)
    entries = size = 0
    for dirpath, dirnames, filenames in os.walk(top):
        entries += len(dirnames) + len(filenames)
        for f in filenames:
            st = os.lstat(os.path.join(dirpath, f))
            size += st.st_size if stat.S_ISREG(st.st_mode) else 0
    return entries, size


def remove(path):
    if os.path.lexists(path):
        subprocess.run(["rm", "-rf", "--", path], check=True)


def fresh_copy(src, dst):
    remove(dst)
    subprocess.run(["cp", "-a", "--", src, dst], check=True)


def fail(msg):
    raise SystemExit(f"{os.path.basename(sys.argv[0])}: {msg}")


def copytree(fn, src, dst, passes):
    want = count(src)
    remove(dst)
    for p in range(-1, passes):
        t0 = perf_counter()
        fn(src, dst)
        t = perf_counter() - t0
        got = count(dst)
        if got != want:
            fail(f"the copy {dst} has {got} (entries, bytes), the source {want}")
        remove(dst)
        if p >= 0:
            print(f"{t * 1e3:.1f}", flush=True)
    print(f"copytree: {want[0]} entries", file=sys.stderr)


def rmtree(fn, src, dst, passes):
    for p in range(-1, passes):
        fresh_copy(src, dst)
        t0 = perf_counter()
        fn(dst)
        t = perf_counter() - t0
        if os.path.lexists(dst):
            fail(f"{dst} still exists after the delete")
        if p >= 0:
            print(f"{t * 1e3:.1f}", flush=True)
    print(f"rmtree: {count(src)[0]} entries", file=sys.stderr)


def copyfile(fn, src, dst, passes):
    want = os.stat(src).st_size
    remove(dst)
    for p in range(passes):
        fn(src, dst)
        os.unlink(dst)
        t0 = perf_counter()
        fn(src, dst)
        t = perf_counter() - t0
        if os.stat(dst).st_size != want:
            fail(f"{dst} has {os.stat(dst).st_size} bytes, {src} {want}")
        os.unlink(dst)
        print(f"{t * 1e3:.1f}", flush=True)
    print(f"copyfile: {want} bytes", file=sys.stderr)
