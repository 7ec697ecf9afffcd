#!/usr/bin/env python3
"""The command-line peers of the higher-level parts, one process per operation, timed from spawn to exit with
time.perf_counter (the spawn costs ~1 ms here, against operations of 0.1-5 s):

    tool_peers.py copytree SRC DST [passes]   cp -a SRC DST          (fileops.py: checks, untimed cleanup)
    tool_peers.py rmtree SRC DST [passes]     rm -rf DST on a fresh cp -a of SRC
    tool_peers.py copyfile SRC DST [passes]   cp SRC DST             (an untimed copy right before each timed one)
    tool_peers.py glob ROOT [passes]          find -L ROOT -name '.*' -prune -o -name '*.txt' -print
                                              (hidden names pruned, as glob does), output read through a pipe
Prints ms per pass; the count goes to stderr for run.sh's checks.
"""
import subprocess
import sys
from time import perf_counter

import fileops


def run(*cmd):
    subprocess.run(cmd, check=True)


def find_txt(root):
    out = subprocess.run(["find", "-L", root, "-name", ".*", "-prune", "-o", "-name", "*.txt", "-print"],
                         check=True, stdout=subprocess.PIPE).stdout
    return out.count(b"\n")


def main():
    what = sys.argv[1]
    if what == "glob":
        root = sys.argv[2]
        passes = int(sys.argv[3]) if len(sys.argv) > 3 else 5
        n = find_txt(root)  # warm: untimed
        for _ in range(passes):
            t0 = perf_counter()
            n = find_txt(root)
            print(f"{(perf_counter() - t0) * 1e3:.1f}", flush=True)
        print(f"glob: {n} matches", file=sys.stderr)
        return
    src, dst = sys.argv[2], sys.argv[3]
    passes = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    if what == "copytree":
        fileops.copytree(lambda s, d: run("cp", "-a", "--", s, d), src, dst, passes)
    elif what == "rmtree":
        fileops.rmtree(lambda d: run("rm", "-rf", "--", d), src, dst, passes)
    elif what == "copyfile":
        fileops.copyfile(lambda s, d: run("cp", "--", s, d), src, dst, passes)
    else:
        raise SystemExit(f"tool_peers.py: unknown part {what}")


if __name__ == "__main__":
    main()
