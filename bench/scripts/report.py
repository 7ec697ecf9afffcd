#!/usr/bin/env python3
"""Turns one run.sh result directory into results.md and results.json: medians over every timed sample of every
round, the spread of the per-round medians, ratios Osprey/peer, and the issue's targets met or not."""
import argparse
import glob
import json
import os
import platform
import re
import math
import statistics
import subprocess

# (key, label, target: (peer key, max ratio))
STAT = [("c.stat", "C stat() loop"), ("py.stat", "CPython os.stat"),
        ("jmh.nioPosixStat", "Files.readAttributes(p, PosixFileAttributes.class)"), ("jmh.ospreyStat", "Osprey os.stat")]
LSTAT = [("c.lstat", "C lstat() loop"), ("py.lstat", "CPython os.lstat"),
         ("jmh.nioBasicLstat", "Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW_LINKS)"),
         ("jmh.ospreyLstat", "Osprey os.lstat")]
WALK = [("c.walk_getdentsat", "C getdents64 walk, fd-relative opens (os.fwalk's way)"),
        ("c.walk_getdents", "C getdents64 walk (64 KiB buffer)"), ("c.walk_readdir", "C opendir/readdir walk"),
        ("py.walk", "CPython os.walk"), ("jmh.nioFilesWalk", "Files.walk"),
        ("jmh.nioWalkFileTree", "Files.walkFileTree"), ("jmh.ospreyWalk", "Osprey os.walk"),
        ("py.scandir_tree", "CPython recursive os.scandir (+is_dir)"),
        ("jmh.ospreyScandirTree", "Osprey recursive os.scandir (+isDir)")]
DIR = [("c.list_getdents", "C getdents64"), ("c.list_readdir", "C readdir"), ("py.scandir", "CPython os.scandir (+is_dir)"),
       ("py.listdir", "CPython os.listdir"), ("jmh.nioDirectoryStream", "Files.newDirectoryStream (+getFileName)"),
       ("jmh.ospreyScandir", "Osprey os.scandir (+isDir)"), ("jmh.ospreyListdir", "Osprey os.listdir")]
TARGETS = [("jmh.ospreyWalk", "py.walk", 0.70, "walk ≤ 0.70 × CPython os.walk"),
           ("jmh.ospreyWalk", "jmh.nioFilesWalk", 0.35, "walk ≤ 0.35 × Files.walk")]
# the stat targets, from StatPairs' paired rounds: (raw file, peer column, limit, label)
PAIRED_TARGETS = [("pairs-stat", "c", 1.15, "stat ≤ 1.15 × C stat() loop"),
                  ("pairs-stat", "nio", 1.00, "stat ≤ 1.00 × Files.readAttributes (Posix)"),
                  ("pairs-lstat", "c", 1.15, "lstat ≤ 1.15 × C lstat() loop"),
                  ("pairs-lstat", "nio", 1.00, "lstat ≤ 1.00 × Files.readAttributes (Basic, NOFOLLOW)")]
# the parts of the higher-level modules; "jvm." keys are ShutilMain's warm in-process samples
COPYTREE = [("c.copytree_cp", "cp -a"), ("py.copytree", "CPython shutil.copytree (copy2)"),
            ("jvm.copytree_commonsio", "Commons IO FileUtils.copyDirectory(src, dst, true)"),
            ("jvm.copytree_nio", "Files.walkFileTree + Files.copy(COPY_ATTRIBUTES)"),
            ("jvm.copytree_osprey", "Osprey shutil.copytree")]
RMTREE = [("c.rmtree_rm", "rm -rf"), ("py.rmtree", "CPython shutil.rmtree"),
          ("jvm.rmtree_commonsio", "Commons IO FileUtils.deleteDirectory"),
          ("jvm.rmtree_nio", "Files.walkFileTree + Files.delete"), ("jvm.rmtree_osprey", "Osprey shutil.rmtree")]
GLOB = [("c.glob_find", "find -L ROOT -name '.*' -prune -o -name '*.txt' -print (a process)"),
        ("py.glob", "CPython glob.glob('**/*.txt', root_dir=…, recursive=True)"),
        ("jmh.nioFilesFind", "Files.find + PathMatcher glob:**/*.txt (hidden dropped)"),
        ("jmh.ospreyGlob", "Osprey glob.glob(\"**/*.txt\", recursive, rootDir)")]
PATTERNS = {"txt": "*.txt", "abc": "*a*b*c*", "log": "[a-f]*_??.log", "ch": "*.[ch]"}


def fnmatch_rows(pid):
    return [(f"c.fnmatch_{pid}", "glibc fnmatch(3) C loop, flags 0, C.UTF-8"),
            (f"c.fnmatchbytes_{pid}", "glibc fnmatch(3) C loop, flags 0, C locale (bytes)"),
            (f"py.fnmatch_{pid}", "CPython fnmatch.filter"), (f"jmh.ospreyFilter_{pid}", "Osprey fnmatch.filter")]


COPYFILE = [("c.copyfile_cp", "cp"), ("py.copyfile", "CPython shutil.copyfile"), ("jvm.copyfile_nio", "Files.copy"),
            ("jvm.copyfile_osprey", "Osprey shutil.copyfile")]
# the spawn part: SpawnMain's warm samples ("jvm."), spawnloop ("c."), py_peers.py; every child inherits stdio
SPAWN = [("c.spawn", "C posix_spawn + waitpid loop"), ("py.spawn", "CPython subprocess.run([\"/bin/true\"])"),
         ("jvm.spawn_pb", "ProcessBuilder.inheritIO().start().waitFor() (launchMechanism default)"),
         ("jvm.spawn_pbvfork", "ProcessBuilder.inheritIO().start().waitFor() (launchMechanism=VFORK)"),
         ("jvm.spawn_osprey", "Osprey subprocess.run(List.of(\"/bin/true\"))")]
COMMUNICATE = [("c.communicate", "C posix_spawnp, read loop (64 KiB reads, every byte kept), waitpid"),
               ("py.communicate", "CPython Popen(stdout=PIPE).communicate()"),
               ("jvm.communicate_pb", "ProcessBuilder getInputStream().readAllBytes(), waitFor()"),
               ("jvm.communicate_osprey", "Osprey popen(stdout=PIPE).communicate()")]
# the mmap part: mmap_peers.py ("py."), MmapBench (JMH) over one ACCESS_READ map of the part's file
MMAP_FIND = [("py.mmap_find", "CPython m.find(needle, 0)"),
             ("jmh.mappedByteBufferFind", "MappedByteBuffer, a get(i) loop"),
             ("jmh.ospreyFind", "Osprey m.find(needle, 0)")]
MMAP_READ = [("py.mmap_read", "CPython m.read(1 MiB) to the end"),
             ("jmh.mappedByteBufferRead", "MappedByteBuffer, bulk get(i, byte[1 MiB])"),
             ("jmh.ospreyRead", "Osprey m.read(1 MiB) to the end")]
# the logging part: LoggingBench (JMH), one call at a logger whose level is INFO; enabled calls write one line to a file
LOG_DISABLED = [("jmh.julDisabled", "java.util.logging log(FINE, \"x {0}\", arg)"),
                ("jmh.logbackDisabled", "SLF4J + Logback debug(\"x {}\", arg)"),
                ("jmh.ospreyDisabled", "Osprey debug(\"x %s\", arg)")]
LOG_ENABLED = [("jmh.julEnabled", "java.util.logging log(INFO, ...), FileHandler + SimpleFormatter"),
               ("jmh.logbackEnabled", "SLF4J + Logback info(...), FileAppender"),
               ("jmh.ospreyToLogbackEnabled", "Osprey info(...) through Slf4jHandler to Logback's FileAppender"),
               ("jmh.ospreyEnabled", "Osprey info(...), FileHandler + Formatter")]
# (Osprey key, peer key, limit, label, strict: "faster than" is a ratio below the limit, not at it)
NEW_TARGETS = [("jmh.ospreyScandirTree", "py.scandir_tree", 1.00, "recursive scandir ≤ CPython's", False),
               ("jvm.copytree_osprey", "c.copytree_cp", 1.30, "copytree ≤ 1.3 × cp -a", False),
               ("jvm.copytree_osprey", "py.copytree", 1.00, "copytree faster than CPython shutil.copytree", True),
               ("jvm.copytree_osprey", "jvm.copytree_nio", 1.00, "copytree faster than nio walkFileTree copy", True),
               ("jvm.copytree_osprey", "jvm.copytree_commonsio", 1.00, "copytree faster than Commons IO", True),
               ("jvm.rmtree_osprey", "c.rmtree_rm", 1.20, "rmtree ≤ 1.2 × rm -rf", False),
               ("jvm.rmtree_osprey", "py.rmtree", 1.00, "rmtree faster than CPython shutil.rmtree", True),
               ("jvm.rmtree_osprey", "jvm.rmtree_nio", 1.00, "rmtree faster than nio walkFileTree delete", True),
               ("jvm.rmtree_osprey", "jvm.rmtree_commonsio", 1.00, "rmtree faster than Commons IO", True),
               ("jmh.ospreyGlob", "py.glob", 0.50, "recursive glob ≤ 0.5 × CPython glob.glob", False),
               ("jmh.ospreyGlob", "c.glob_find", 1.30, "recursive glob ≤ 1.3 × find -L (hidden pruned)", False)] + \
              [(f"jmh.ospreyFilter_{k}", f"c.fnmatch_{k}", 2.00, f"fnmatch.filter `{v}` ≤ 2 × glibc fnmatch loop", False)
               for k, v in PATTERNS.items()] + \
              [(f"jmh.ospreyFilter_{k}", f"c.fnmatchbytes_{k}", 2.00,
                f"(stricter) fnmatch.filter `{v}` ≤ 2 × glibc fnmatch loop in bytes", False) for k, v in PATTERNS.items()] + \
              [("jvm.copyfile_osprey", "c.copyfile_cp", 1.05, "copyfile ≤ 1.05 × cp", False),
               ("jvm.spawn_osprey", "c.spawn", 1.20, "500 spawn-and-wait ≤ 1.2 × C posix_spawn loop", False),
               ("jvm.spawn_osprey", "py.spawn", 1.00, "spawn-and-wait faster than CPython subprocess.run", True),
               ("jvm.spawn_osprey", "jvm.spawn_pb", 1.00, "spawn-and-wait faster than ProcessBuilder", True),
               ("jvm.spawn_osprey", "jvm.spawn_pbvfork", 1.00, "spawn-and-wait faster than ProcessBuilder (VFORK)",
                True)]
# which part each target belongs to, to list only the targets of the parts that ran
TARGET_PART = {"jmh.ospreyWalk": "walk", "jmh.ospreyScandirTree": "walk", "jmh.ospreyStat": "stat", "jmh.ospreyLstat": "stat", "jvm.copytree_osprey": "shutil",
               "jvm.rmtree_osprey": "shutil", "jmh.ospreyGlob": "glob", "jvm.copyfile_osprey": "copyfile",
               "jvm.spawn_osprey": "spawn", "jmh.ospreyFind": "mmap", "jmh.ospreyRead": "mmap"}
# C list times are printed in ms; everything else already is in its group's unit
SCALE = {"c.list_getdents": 1000, "c.list_readdir": 1000}
JMH_UNIT = {"ns/op": ("ns", 1), "us/op": ("us", 1), "ms/op": ("ms", 1)}


def load(out):
    """{key: {round: [samples]}}"""
    data = {}
    for f in glob.glob(os.path.join(out, "raw", "*-*-*.txt")):
        m = re.match(r"(c|py|jvm)-(\d+)-(\w+)\.txt$", os.path.basename(f))
        if not m:
            continue
        key = f"{m.group(1)}.{re.sub(r'_s[0-9]+$', '', m.group(3))}"  # stat_sN: the samples beside JMH's
        vals = [float(x) * SCALE.get(key, 1) for x in open(f).read().split()]
        data.setdefault(key, {}).setdefault(int(m.group(2)), []).extend(vals)
    for f in glob.glob(os.path.join(out, "raw", "jmh-*.json")):
        m = re.match(r"jmh-(\d+)-(\w+)\.json$", os.path.basename(f))
        if os.path.getsize(f) == 0:  # a benchmark that failed (run.sh --quick goes on)
            continue
        for b in json.load(open(f)):
            name = b["benchmark"].rsplit(".", 1)[1]
            pattern = b.get("params", {}).get("pattern")
            if pattern is not None:  # FnmatchBench: one key per pattern
                name += "_" + next(k for k, v in PATTERNS.items() if v == pattern)
            vals = [v for fork in b["primaryMetric"]["rawData"] for v in fork]
            data.setdefault(f"jmh.{name}", {})[int(m.group(1))] = vals
    return data


def summary(data, key):
    rounds = data.get(key)
    if not rounds:
        return None
    every = [v for r in sorted(rounds) for v in rounds[r]]
    per_round = [statistics.median(rounds[r]) for r in sorted(rounds)]
    return {"median": statistics.median(every), "round_medians": per_round, "samples": len(every)}


def load_pairs(out, name):
    """StatPairs' rounds: {"c": [...], "osprey": [...], "nio": [...]} (ns per call), or None."""
    f = os.path.join(out, "raw", name + ".txt")
    if not os.path.exists(f):
        return None
    rows = [line.split() for line in open(f).read().splitlines()[1:] if line.strip()]
    return {col: [float(r[i]) for r in rows] for i, col in ((1, "c"), (2, "osprey"), (3, "nio"))}


def paired_ratio(pairs, peer):
    """The median of the per-round ratios Osprey/peer and a distribution-free 95% interval for it."""
    r = sorted(o / p for o, p in zip(pairs["osprey"], pairs[peer]))
    n = len(r)
    half = math.ceil(1.96 * math.sqrt(n) / 2)
    return {"ratio": r[n // 2], "ci": [r[max(0, n // 2 - half)], r[min(n - 1, n // 2 + half)]],
            "quartiles": [r[n // 4], r[3 * n // 4]], "rounds": n}


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3f}"


def failed_keys(out):
    """Results that run.sh --quick recorded as failed (an Osprey part not implemented yet, say)."""
    keys = set()
    f = os.path.join(out, "raw", "failed.txt")
    if os.path.exists(f):
        keys.update(line.strip() for line in open(f) if line.strip())
    return keys


FAILED = set()


def table(title, unit, rows, data, osprey_keys, lines, results):
    lines += [f"### {title}", "", f"| | median ({unit}) | per-round medians | samples | " +
              " | ".join(f"{data_label(k)} / this" for k in osprey_keys) + " |",
              "|---|--:|--:|--:|" + "--:|" * len(osprey_keys)]
    for key, label in rows:
        s = summary(data, key)
        results[key] = dict(s or {}, label=label, unit=unit)
        if not s:
            lines.append(f"| {label} | {'**failed**' if key in FAILED else 'not run'} | | |" + " |" * len(osprey_keys))
            continue
        ratios = []
        for ok in osprey_keys:
            o = summary(data, ok)
            ratios.append("" if not o or ok == key else f"{o['median'] / s['median']:.2f}")
        bold = "**" if key in osprey_keys else ""
        lines.append(f"| {bold}{label}{bold} | {bold}{fmt(s['median'])}{bold} | "
                     f"{' / '.join(fmt(v) for v in s['round_medians'])} | {s['samples']} | " + " | ".join(ratios) + " |")
    lines.append("")


def data_label(key):
    if key.startswith("jmh.ospreyFilter_"):
        return "Osprey filter"
    return {"jmh.ospreyStat": "Osprey stat", "jmh.ospreyLstat": "Osprey lstat", "jmh.ospreyWalk": "Osprey walk",
            "jmh.ospreyScandir": "Osprey scandir", "jmh.ospreyListdir": "Osprey listdir",
            "jvm.copytree_osprey": "Osprey copytree", "jvm.rmtree_osprey": "Osprey rmtree",
            "jmh.ospreyGlob": "Osprey glob", "jvm.copyfile_osprey": "Osprey copyfile",
            "jvm.spawn_osprey": "Osprey run", "jvm.communicate_osprey": "Osprey communicate",
            "jmh.ospreyFind": "Osprey find", "jmh.ospreyRead": "Osprey read",
            "jmh.ospreyDisabled": "Osprey disabled call", "jmh.ospreyEnabled": "Osprey enabled call"}[key]


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip() or \
            subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr.strip()
    except OSError:
        return "?"


def machine(fs):
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    mem = sh("free -g | awk '/Mem:/{print $2}'")
    return {
        "cpu": f"{os.cpu_count()} × {cpu}" if cpu else str(os.cpu_count()),
        "memory": f"{mem} GiB",
        "kernel": platform.release(),
        "jdk": sh("java -version 2>&1 | head -2 | tail -1"),
        "python": platform.python_version(),
        "gcc": sh("gcc --version | head -1"),
        "filesystem": fs,
        "load average at the end": open("/proc/loadavg").read().split()[:3],
    }


def process_table(out, name, what, key, lines, results, targets=(), span="start to exit"):
    """A whole-process table (raw/NAME from wall.py or shutil_wall.py): medians of wall time and peak RSS, and the
    ratios of the issue's whole-process targets: (Osprey's label, the peer's, the limit)."""
    f = os.path.join(out, "raw", name)
    if not os.path.exists(f):
        return
    d = json.load(open(f))
    rss = d.get("rss_kib", {})
    lines += [f"### Whole process: {what}, {span} ({d['runs']} interleaved runs after one untimed)", "",
              "| command | median (s) | min | max | peak RSS (MiB, median) |", "|---|--:|--:|--:|--:|"]
    for label, ts in d["seconds"].items():
        if label in d.get("failed", {}) or not ts:
            lines.append(f"| {label} | **failed** | | | |")
            continue
        peak = statistics.median(rss[label]) / 1024 if rss.get(label) else None
        lines.append(f"| {label} | {statistics.median(ts):.3f} | {min(ts):.3f} | {max(ts):.3f} | "
                     f"{'' if peak is None else f'{peak:.0f}'} |")
        results[f"{key}.{label}"] = {"median": statistics.median(ts), "samples": ts, "unit": "s",
                                     "rss_kib": rss.get(label)}
    for mine, peer, limit in targets:
        o, p = d["seconds"].get(mine), d["seconds"].get(peer)
        if o and p:
            r = statistics.median(o) / statistics.median(p)
            lines.append(f"\n{mine} / {peer}: **{r:.2f}** (target ≤ {limit}: {'met' if r <= limit else '**not met**'})")
            results[f"{key}.target.{mine}/{peer}"] = {"ratio": r, "limit": limit, "met": r <= limit}
    lines.append("")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--fs", default="?")
    ap.add_argument("--rounds", default="?")
    ap.add_argument("--quick", default="false")
    ap.add_argument("--seconds", default="?")
    ap.add_argument("--only", default="stat,walk,dir,wall,shutil,glob,fnmatch,copyfile,process,memory,spawn,mmap,"
                                      "logging")
    a = ap.parse_args()
    ran = set(a.only.split(","))
    FAILED.update(failed_keys(a.out))
    data = load(a.out)
    manifest = json.load(open(os.path.join(a.out, "manifest.json")))
    m = machine(a.fs)
    results = {}
    lines = [f"## Results: run {os.path.basename(a.out.rstrip('/'))}" + (" (QUICK: smoke test, not a result)" if a.quick == "true" else ""), ""]
    data_lines = []
    if "entries" in manifest:
        data_lines.append(f"Tree: {manifest['entries']:,} entries ({manifest['dirs']:,} directories, {manifest['files']:,} files, "
                          f"{manifest['symlinks']} symlinks, depth ≤ {manifest['max_depth']}); wide directory: {manifest['wide']:,} files; "
                          f"stat list: {manifest['stat_sample']:,} paths.")
    if "glob" in manifest:
        g = manifest["glob"]
        data_lines.append(f"Glob tree: {g['entries']:,} entries ({g['hidden']:,} hidden names), {g['txt']:,} matches of **/*.txt.")
    if "small" in manifest:
        sm = manifest["small"]
        data_lines.append(f"Small-file tree: {sm['files']:,} files in {sm['dirs']:,} directories, {sm['bytes'] / 2**20:,.0f} MiB.")
    if "names" in manifest:
        data_lines.append(f"Names: {manifest['names']['count']:,}.")
    if "big" in manifest:
        data_lines.append(f"Big file: {manifest['big']['bytes'] / 2**20:,.0f} MiB.")
    not_run = [p for p in ("stat", "walk", "dir", "wall", "shutil", "glob", "fnmatch", "copyfile", "process", "memory",
                           "spawn", "mmap", "logging")
               if p not in ran]
    lines += [" ".join(data_lines) + f" {a.rounds} interleaved rounds, {a.seconds} s until the report." +
              (f" Not run: {', '.join(not_run)}." if not_run else ""), ""]
    lines += ["| machine | |", "|---|---|"] + [f"| {k} | {v if isinstance(v, str) else ' '.join(v)} |" for k, v in m.items()] + [""]

    lines += ["### Targets (in-process, warm; medians)", "", "| target | Osprey | peer | ratio | met? |", "|---|--:|--:|--:|---|"]
    target_results = []
    for ok, pk, limit, label, strict in [t + (False,) for t in TARGETS] + NEW_TARGETS:
        if TARGET_PART.get(ok, "fnmatch") not in ran:
            continue
        o, p = summary(data, ok), summary(data, pk)
        if not o or not p:
            lines.append(f"| {label} | | | | {'**failed**' if ok in FAILED else 'not measured'} |")
            continue
        r = o["median"] / p["median"]
        # the ratio of each round's medians too: a target met on the pooled median but missed in some round is shaky
        rr = [a_ / b_ for a_, b_ in zip(o["round_medians"], p["round_medians"])]
        met = r < limit if strict else r <= limit
        target_results.append({"target": label, "ratio": r, "limit": limit, "met": met, "round_ratios": rr})
        lines.append(f"| {label} | {fmt(o['median'])} | {fmt(p['median'])} | **{r:.2f}** (rounds: {', '.join(f'{x:.2f}' for x in rr)}) | "
                     f"{'yes' if met else '**no**'} |")
    if "stat" in ran:
        for name, peer, limit, label in PAIRED_TARGETS:
            pairs = load_pairs(a.out, name)
            if not pairs:
                lines.append(f"| {label} | | | | not measured |")
                continue
            pr = paired_ratio(pairs, peer)
            met = pr["ratio"] <= limit
            target_results.append({"target": label, "ratio": pr["ratio"], "limit": limit, "met": met, "paired": pr})
            lines.append(f"| {label} | {fmt(statistics.median(pairs['osprey']))} | {fmt(statistics.median(pairs[peer]))} | "
                         f"**{pr['ratio']:.2f}** (paired, {pr['rounds']} rounds; 95% CI {pr['ci'][0]:.3f}-{pr['ci'][1]:.3f}) | "
                         f"{'yes' if met else '**no**'} |")
    lines.append("")
    if "stat" in ran:
        lines += ["### stat and lstat, paired (StatPairs: C, Osprey and java.nio passes in turn, ~50 ms each)", "",
                  "| | inputs | rounds | C (ns) | Osprey (ns) | java.nio (ns) | Osprey / C (95% CI) | Osprey / nio (95% CI) |",
                  "|---|---|--:|--:|--:|--:|--:|--:|"]
        for w in ("stat", "lstat"):
            for name, how in ((f"pairs-{w}", "settled in list order"), (f"pairs-unsettled-{w}", "as G1 leaves them")):
                pairs = load_pairs(a.out, name)
                if not pairs:
                    continue
                rc, rn = paired_ratio(pairs, "c"), paired_ratio(pairs, "nio")
                results[name] = {"medians": {k: statistics.median(v) for k, v in pairs.items()}, "osprey_c": rc,
                                 "osprey_nio": rn, "unit": "ns"}
                lines.append(f"| {w} | {how} | {rc['rounds']} | " +
                             " | ".join(fmt(statistics.median(pairs[k])) for k in ("c", "osprey", "nio")) +
                             f" | **{rc['ratio']:.3f}** ({rc['ci'][0]:.3f}-{rc['ci'][1]:.3f}) | "
                             f"**{rn['ratio']:.3f}** ({rn['ci'][0]:.3f}-{rn['ci'][1]:.3f}) |")
        lines.append("")
        table("stat, per call", "ns", STAT, data, ["jmh.ospreyStat"], lines, results)
        table("lstat, per call", "ns", LSTAT, data, ["jmh.ospreyLstat"], lines, results)
    if "walk" in ran:
        table(f"walk of the tree ({manifest['entries']:,} entries), per walk", "ms", WALK, data, ["jmh.ospreyWalk"], lines, results)
    if "dir" in ran:
        table(f"one directory of {manifest['wide']:,} files, per listing", "µs", DIR, data,
              ["jmh.ospreyScandir", "jmh.ospreyListdir"], lines, results)
    if "shutil" in ran:
        n = f"{manifest['small']['files']:,} files"
        table(f"copytree of the small-file tree ({n}), per copy (warm; cp -a: its process)", "ms", COPYTREE, data,
              ["jvm.copytree_osprey"], lines, results)
        table(f"rmtree of a fresh copy of it ({n}), per delete (warm; rm -rf: its process)", "ms", RMTREE, data,
              ["jvm.rmtree_osprey"], lines, results)
    if "glob" in ran:
        table(f"recursive glob **/*.txt of the glob tree ({manifest['glob']['entries']:,} entries), per glob", "ms", GLOB,
              data, ["jmh.ospreyGlob"], lines, results)
    if "fnmatch" in ran:
        for k, v in PATTERNS.items():
            table(f"fnmatch.filter of {manifest['names']['count']:,} names with `{v}`, per filter", "ms", fnmatch_rows(k),
                  data, [f"jmh.ospreyFilter_{k}"], lines, results)
    if "copyfile" in ran:
        table(f"copyfile of {manifest['big']['bytes'] / 2**20:,.0f} MiB, per copy (warm; cp: its process)", "ms", COPYFILE,
              data, ["jvm.copyfile_osprey"], lines, results)
    if "spawn" in ran:
        table("500 spawn-and-wait of /bin/true, per 500 (warm, in-process)", "s", SPAWN, data, ["jvm.spawn_osprey"],
              lines, results)
        table("communicate of 100 MiB from `head -c 104857600 /dev/zero`, per child (warm, in-process)", "s",
              COMMUNICATE, data, ["jvm.communicate_osprey"], lines, results)
    if "mmap" in ran:
        f = os.path.join(a.out, "mmap.json")
        size = f"{json.load(open(f))['bytes'] / 2**20:,.0f} MiB" if os.path.exists(f) else "the part's file"
        table(f"find of a needle at the end of a map of {size}, per find (warm, in-process)", "ms", MMAP_FIND, data,
              ["jmh.ospreyFind"], lines, results)
        table(f"sequential read of a map of {size} in 1 MiB reads, per read-through (warm, in-process)", "ms",
              MMAP_READ, data, ["jmh.ospreyRead"], lines, results)
    if "logging" in ran:
        table("a disabled log call (logger level INFO), per call (warm, in-process)", "ns", LOG_DISABLED, data,
              ["jmh.ospreyDisabled"], lines, results)
        table("an enabled log call, one line `time level logger message` to a file, per call (warm, in-process)", "ns",
              LOG_ENABLED, data, ["jmh.ospreyEnabled"], lines, results)

    process_table(a.out, "wall.json", "one walk of the tree", "wall", lines, results)
    process_table(a.out, "shutil-wall.json", "copytree and rmtree of the small-file tree", "shutil-wall", lines, results)
    if "process" in ran:
        process_table(a.out, "startup.json", "start-up: a JVM (or CPython) that lists a directory of 100 files once",
                      "startup", lines, results,
                      targets=[("java+Osprey listdir", "no-op java", 1.5), ("java+Osprey listdir", "python3 os.listdir", 1.0)])
        process_table(a.out, "prompt.json", "start-up to an interactive prompt", "prompt", lines, results,
                      span="spawn to the prompt on its output")
        process_table(a.out, "glob-wall.json", f"recursive glob **/*.txt of the glob tree ({manifest['glob']['entries']:,} entries)"
                      if "glob" in manifest else "recursive glob of the glob tree", "glob-wall", lines, results,
                      targets=[("java+Osprey glob", "python3 glob.glob", 1.0), ("java+Osprey glob", "find -L", 1.2)])
        process_table(a.out, "copyfile-wall.json", "copyfile of the big file", "copyfile-wall", lines, results,
                      targets=[("java+Osprey copyfile", "python3 shutil.copyfile", 1.0), ("java+Osprey copyfile", "cp", 1.2)])
    if "memory" in ran:
        process_table(a.out, "memory-walk.json", "a walk of the million-entry tree, JVMs at -Xmx64m", "memory-walk", lines, results)
        process_table(a.out, "memory-copy.json", "copyfile of the memory part's big file, JVMs at -Xmx64m", "memory-copy", lines,
                      results)
    md = "\n".join(lines)
    open(os.path.join(a.out, "results.md"), "w").write(md + "\n")
    json.dump({"machine": m, "manifest": manifest, "targets": target_results, "results": results,
               "failed": sorted(FAILED), "raw": data}, open(os.path.join(a.out, "results.json"), "w"), indent=1)
    print(md)


if __name__ == "__main__":
    main()
