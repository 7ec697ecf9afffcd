#!/usr/bin/env python3
"""Whole-process wall times, interleaved: A B C D, A B C D, ... after one untimed round (warm page cache).

    wall.py --runs N --want ENTRIES --out FILE.json "label=shell command" ...

Every command runs through /bin/sh with stdout captured; a command that prints one number must print ENTRIES
(the walkers' count check); find's output lines are counted instead (it prints the top too).
Prints the medians; writes every sample to FILE.json.
"""
import argparse
import json
import statistics
import subprocess
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--want", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = [c.split("=", 1) for c in a.cmds]
    samples = {label: [] for label, _ in cmds}
    for run in range(a.runs + 1):
        for label, cmd in cmds:
            t0 = time.perf_counter()
            p = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            t = time.perf_counter() - t0
            if p.returncode != 0:
                raise SystemExit(f"{label}: exit {p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
            lines = p.stdout.splitlines()
            # the walk programs print a count; find prints the top and every entry below it
            seen = int(lines[0]) if len(lines) == 1 and lines[0].isdigit() else len(lines) - 1
            if seen != a.want:
                raise SystemExit(f"{label}: saw {seen} entries, want {a.want}")
            if run > 0:
                samples[label].append(t)
    with open(a.out, "w") as f:
        json.dump({"runs": a.runs, "commands": dict(cmds), "seconds": samples}, f, indent=1)
    for label, ts in samples.items():
        print(f"{label:24s} median {statistics.median(ts):.3f} s  (min {min(ts):.3f}, max {max(ts):.3f})")


if __name__ == "__main__":
    main()
