#!/usr/bin/env python3
"""Whole-process wall times and peak RSS, interleaved: A B C D, A B C D, ... after one untimed round (warm page cache).

    wall.py --runs N --want ENTRIES --out FILE.json "label=shell command" ...

Every command runs through /bin/sh with stdout captured; a command that prints one number must print ENTRIES
(the walkers' count check); find's output lines are counted instead (it prints the top too). A command whose
label starts with "no-op" must print nothing (a JVM that only starts and exits, the floor of the others).
Prints the medians; writes every sample (seconds, peak RSS in KiB) to FILE.json.
"""
import argparse
import json
import statistics

import measure


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--want", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = [c.split("=", 1) for c in a.cmds]
    samples = {label: [] for label, _ in cmds}
    rss = {label: [] for label, _ in cmds}
    for run in range(a.runs + 1):
        for label, cmd in cmds:
            t, peak, status, out, err = measure.run(cmd)
            if status != 0:
                raise SystemExit(f"{label}: exit {status}: {err.decode(errors='replace')[-2000:]}")
            lines = out.splitlines()
            if label.startswith(("no-op", "floor:")):
                if lines:
                    raise SystemExit(f"{label}: printed {lines[:3]}, should print nothing")
            else:
                # the walk programs print a count; find prints the top and every entry below it
                seen = int(lines[0]) if len(lines) == 1 and lines[0].isdigit() else len(lines) - 1
                if seen != a.want:
                    raise SystemExit(f"{label}: saw {seen} entries, want {a.want}")
            if run > 0:
                samples[label].append(t)
                rss[label].append(peak)
    with open(a.out, "w") as f:
        json.dump({"runs": a.runs, "commands": dict(cmds), "seconds": samples, "rss_kib": rss}, f, indent=1)
    for label, ts in samples.items():
        print(f"{label:40s} median {statistics.median(ts):.3f} s  (min {min(ts):.3f}, max {max(ts):.3f})"
              f"  peak RSS {statistics.median(rss[label]) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
