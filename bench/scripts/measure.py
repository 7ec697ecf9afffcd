"""One whole-process run: wall time from spawn to exit, and the peak resident set size of the process.

The peak RSS comes from bench/native/peakrss (a small C program that forks, execs and reads wait4's rusage):
a child forked from Python itself would count Python's own pages in its peak."""
import os
import subprocess
import tempfile
import time

PEAKRSS = os.environ.get("PEAKRSS", "peakrss")


def run(cmd, keep_stdout=True):
    """Runs the shell command `cmd` (/bin/sh execs it, so the peak is the command's own).

    Returns (seconds, peak RSS in KiB, exit status, stdout bytes, stderr bytes)."""
    with tempfile.NamedTemporaryFile("r") as rss:
        t0 = time.perf_counter()
        p = subprocess.run([PEAKRSS, rss.name, "/bin/sh", "-c", "exec " + cmd],
                           stdout=subprocess.PIPE if keep_stdout else subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - t0
        peak = rss.read().strip()
        return seconds, int(peak) if peak else None, p.returncode, p.stdout or b"", p.stderr
