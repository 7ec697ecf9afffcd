#!/usr/bin/env python3
"""Generates the benchmark data, deterministically (a fixed seed, breadth-first, a fixed entry budget).

    gen_tree.py BASE [--entries 200000] [--wide 20000] [--stat-sample 10000]

BASE/tree      a source-tree-like hierarchy of about --entries entries (directories + files + a few symlinks):
               16 top-level directories, 3-10 subdirectories near the top, 0-5 deeper, 2-24 files per directory,
               breadth-first until the budget is spent (no empty frontier); names of 3-40 bytes, 2% of them non-ASCII UTF-8, 0.5% symlinks to a sibling file.
BASE/wide      one directory of --wide files, for scandir/listdir.
BASE/stat-list.txt   --stat-sample paths of the tree (files, directories, symlinks), one per line, for stat loops.
BASE/manifest.json   what was generated (entry counts by kind), checked by run.sh against every walker's count.
"""
import argparse
import json
import os
import random
from collections import deque

WORDS = ("src main test util core api impl io net data model view config build docs lib common internal "
         "handler service client server cache index parser format types spec fixtures assets static scripts").split()
EXTS = (".py", ".java", ".c", ".h", ".txt", ".md", ".json", ".xml", ".yaml", ".rs", ".go", ".js", ".html", "")
NON_ASCII = ("données", "größe", "café", "naïve", "日本語", "résumé", "Ελληνικά", "emoji_😀")


def name(rng, i, is_dir):
    if rng.random() < 0.02:
        stem = rng.choice(NON_ASCII)
    else:
        stem = "_".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    base = f"{stem}_{i}"
    return base if is_dir else base + rng.choice(EXTS)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--entries", type=int, default=200_000)
    ap.add_argument("--wide", type=int, default=20_000)
    ap.add_argument("--stat-sample", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=20260101)
    a = ap.parse_args()

    rng = random.Random(a.seed)
    tree = os.path.join(a.base, "tree")
    os.makedirs(tree)
    counts = {"dirs": 0, "files": 0, "symlinks": 0}
    sample_pool = []
    # Breadth-first; a directory is created (and counted) only when its turn comes, with its files, so the
    # budget never leaves a frontier of empty directories behind.
    budget = a.entries
    os.rmdir(tree)
    queue = deque([(tree, 0)])
    while queue and budget > 0:
        d, depth = queue.popleft()
        os.mkdir(d)
        if depth > 0:
            counts["dirs"] += 1
            sample_pool.append(d)
            budget -= 1
        if depth == 0:
            nsub = 16
        elif depth <= 2:
            nsub = rng.randint(3, 10)
        elif depth < 8:
            nsub = rng.choice((0, 0, 1, 2, 3, 4, 5))
        else:
            nsub = 0
        nfiles = rng.randint(2, 24)
        files = []
        for i in range(nfiles):
            if budget <= 0:
                break
            p = os.path.join(d, name(rng, i, False))
            if files and rng.random() < 0.005:
                os.symlink(os.path.basename(rng.choice(files)), p)
                counts["symlinks"] += 1
            else:
                os.close(os.open(p, os.O_CREAT | os.O_WRONLY, 0o644))
                files.append(p)
                counts["files"] += 1
            sample_pool.append(p)
            budget -= 1
        for i in range(nsub):
            queue.append((os.path.join(d, name(rng, nfiles + i, True)), depth + 1))

    wide = os.path.join(a.base, "wide")
    os.mkdir(wide)
    for i in range(a.wide):
        os.close(os.open(os.path.join(wide, name(rng, i, False)), os.O_CREAT | os.O_WRONLY, 0o644))

    sample = rng.sample(sample_pool, min(a.stat_sample, len(sample_pool)))
    with open(os.path.join(a.base, "stat-list.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sample) + "\n")
    counts["entries"] = counts["dirs"] + counts["files"] + counts["symlinks"]
    counts["wide"] = a.wide
    counts["stat_sample"] = len(sample)
    counts["max_depth"] = max(p.count(os.sep) for p in sample_pool) - tree.count(os.sep)
    counts["seed"] = a.seed
    with open(os.path.join(a.base, "manifest.json"), "w") as f:
        json.dump(counts, f)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
