#!/usr/bin/env python3
"""The mmap part's data and its CPython peer, timed in-process with time.perf_counter after one untimed run.

    mmap_peers.py make FILE MIB          writes MIB MiB of deterministic bytes to FILE, the needle
                                         (NEEDLE below, MmapBench.NEEDLE) only in its last bytes
    mmap_peers.py find FILE [passes]     m.find(NEEDLE, 0) over an ACCESS_READ map of FILE; prints ms per find
    mmap_peers.py read FILE [passes]     m.seek(0), then m.read(1 MiB) until empty; prints ms per read-through
The needle's offset (find) or the bytes read (read) go to stderr, for run.sh's check.
"""
import mmap
import random
import sys
from time import perf_counter

NEEDLE = b"OSPREY-MMAP-NEEDLE"
CHUNK = 1 << 20


def make(path, mib):
    block = bytearray(random.Random(14).randbytes(CHUNK))
    # no byte of the needle's first value: every search scans the whole file the same way in every run
    block = bytes(block).replace(NEEDLE[:1], b"o")
    with open(path, "wb") as f:
        for _ in range(mib - 1):
            f.write(block)
        f.write(block[:CHUNK - len(NEEDLE)] + NEEDLE)


def find(m):
    return m.find(NEEDLE, 0)


def read(m):
    m.seek(0)
    total = 0
    while True:
        b = m.read(CHUNK)
        if not b:
            return total
        total += len(b)


def main():
    what, path = sys.argv[1], sys.argv[2]
    if what == "make":
        make(path, int(sys.argv[3]))
        return
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    fn = {"find": find, "read": read}[what]
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        print(f"{what}: {fn(m)}", file=sys.stderr)  # untimed
        for _ in range(passes):
            t0 = perf_counter()
            fn(m)
            print(f"{(perf_counter() - t0) * 1e3:.3f}")


if __name__ == "__main__":
    main()
