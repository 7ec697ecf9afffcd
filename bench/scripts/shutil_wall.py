#!/usr/bin/env python3
"""Whole-process times of copytree and rmtree, interleaved (A B C ..., then again) after one untimed round, with each
process's peak RSS.

    shutil_wall.py --src TREE --dst PATH --runs N --out FILE.json [--keep-going] "label=copy:COMMAND" "label=delete:COMMAND" ...

COMMAND runs through /bin/sh with {src} and {dst} replaced; it is timed from spawn to exit. A copy's result is
checked (the source's entries and bytes, fileops.count) and removed untimed; every delete starts from a fresh
untimed `cp -a` of the source and must leave nothing behind. With --keep-going (run.sh --quick only) an Osprey
command (its label names Osprey) that fails is recorded as failed and dropped; any other failure ends the run. Prints the medians; writes every sample
to FILE.json.
"""
import argparse
import json
import os
import shlex
import statistics

import fileops
import measure


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--dst", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", required=True)
    ap.add_argument("--keep-going", action="store_true")
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = []
    for c in a.cmds:
        label, rest = c.split("=", 1)
        kind, cmd = rest.split(":", 1)
        cmds.append((label, kind, cmd.format(src=shlex.quote(a.src), dst=shlex.quote(a.dst))))
    want = fileops.count(a.src)
    samples = {label: [] for label, _, _ in cmds}
    rss = {label: [] for label, _, _ in cmds}
    failed = {}
    fileops.remove(a.dst)
    for run in range(a.runs + 1):
        for label, kind, cmd in cmds:
            if label in failed:
                continue
            if kind == "delete":
                fileops.fresh_copy(a.src, a.dst)
            t, peak, status, _, stderr = measure.run(cmd, keep_stdout=False)
            err = None
            if status != 0:
                err = f"exit {status}: {stderr.decode(errors='replace')[-2000:]}"
            elif kind == "copy" and fileops.count(a.dst) != want:
                err = f"the copy has {fileops.count(a.dst)} (entries, bytes), the source {want}"
            elif kind == "delete" and os.path.lexists(a.dst):
                err = "the tree is still there"
            fileops.remove(a.dst)
            if err:
                if not a.keep_going or "Osprey" not in label:
                    raise SystemExit(f"{label}: {err}")
                failed[label] = err
                print(f"{label}: FAILED: {err.splitlines()[0] if err else ''}")
                continue
            if run > 0:
                samples[label].append(t)
                rss[label].append(peak)
    with open(a.out, "w") as f:
        json.dump({"runs": a.runs, "commands": {label: cmd for label, _, cmd in cmds}, "seconds": samples,
                   "rss_kib": rss, "failed": failed}, f, indent=1)
    for label, ts in samples.items():
        if ts:
            print(f"{label:32s} median {statistics.median(ts):.3f} s  (min {min(ts):.3f}, max {max(ts):.3f})"
                  f"  peak RSS {statistics.median(rss[label]) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
