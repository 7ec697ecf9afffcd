#!/usr/bin/env python3
"""Start-up to an interactive prompt, interleaved: A B C, A B C, ... after one untimed round.

    prompt_wall.py --runs N --out FILE.json "label=PROMPT=shell command" ...

Each command runs through /bin/sh with stdin and stdout (stderr merged: python3 -i prompts there) on pipes; the
time is from spawn to the first appearance of PROMPT in its output. Then stdin is closed and the process must
exit by itself (end of input ends every shell measured). Writes the samples as wall.py does, for report.py.
"""
import argparse
import json
import os
import statistics
import subprocess
import time


def to_prompt(cmd, prompt):
    t0 = time.perf_counter()
    p = subprocess.Popen(["/bin/sh", "-c", "exec " + cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    seen = b""
    while prompt not in seen:
        chunk = os.read(p.stdout.fileno(), 4096)
        if not chunk:
            p.wait()
            raise SystemExit(f"{cmd}: ended (exit {p.returncode}) before its prompt {prompt!r}: {seen[-2000:]!r}")
        seen += chunk
    seconds = time.perf_counter() - t0
    p.stdin.close()
    p.stdout.read()
    if p.wait(timeout=60) != 0:
        raise SystemExit(f"{cmd}: exit {p.returncode} at end of input")
    return seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--out", required=True)
    ap.add_argument("cmds", nargs="+")
    a = ap.parse_args()
    cmds = [c.split("=", 2) for c in a.cmds]
    samples = {label: [] for label, _, _ in cmds}
    for run in range(a.runs + 1):
        for label, prompt, cmd in cmds:
            t = to_prompt(cmd, prompt.encode())
            if run:
                samples[label].append(t)
    for label, ts in samples.items():
        print(f"{label}: median {statistics.median(ts):.3f} s")
    with open(a.out, "w") as f:
        json.dump({"runs": a.runs, "seconds": samples}, f, indent=1)


if __name__ == "__main__":
    main()
