#!/usr/bin/env python3
"""Generates the benchmark data, deterministically (a fixed seed, breadth-first, a fixed entry budget).

    gen_tree.py BASE [--entries 200000] [--wide 20000] [--stat-sample 10000]

BASE/tree      a source-tree-like hierarchy of about --entries entries (directories + files + a few symlinks):
               16 top-level directories, 3-10 subdirectories near the top, 0-5 deeper, 2-24 files per directory,
               breadth-first until the budget is spent (no empty frontier); names of 3-40 bytes, 2% of them non-ASCII UTF-8, 0.5% symlinks to a sibling file.
BASE/wide      one directory of --wide files, for scandir/listdir.
BASE/stat-list.txt   --stat-sample paths of the tree (files, directories, symlinks), one per line, for stat loops.
BASE/manifest.json   what was generated (entry counts by kind), checked by run.sh against every walker's count.

For the parts of the higher-level modules (each only when asked for; none changes the data above):
--glob-tree     BASE/globtree: the same tree as BASE/tree (same seed, same shape, same names) except that 1% of
                the names, files and directories, start with "." (drawn from a second generator, so everything
                else stays identical); for the recursive glob, which prunes hidden names.
--small-files N BASE/small: N regular files of 0-16 KiB (most of them small, as in a source tree), in about
                N/150 directories, 2% of them executable; no symlinks, so that copy2 and cp -a agree.
--names N       BASE/names.txt: N file names, one per line, for fnmatch.filter.
--big-file-mib N  BASE/big.bin: one file of N MiB, for copyfile.
--no-walk-data  skip BASE/tree, BASE/wide and the stat list (when only the new parts run).
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


def name(rng, i, is_dir, hidden=None):
    if rng.random() < 0.02:
        stem = rng.choice(NON_ASCII)
    else:
        stem = "_".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    base = f"{stem}_{i}"
    # hidden names come from their own generator: the tree drawn from rng stays the one without them
    if hidden is not None and hidden.random() < 0.01:
        base = "." + base
    return base if is_dir else base + rng.choice(EXTS)


def build_tree(tree, entries, rng, hidden=None):
    """The source-tree-like hierarchy; returns (counts, every path created)."""
    counts = {"dirs": 0, "files": 0, "symlinks": 0}
    sample_pool = []
    # Breadth-first; a directory is created (and counted) only when its turn comes, with its files, so the
    # budget never leaves a frontier of empty directories behind.
    budget = entries
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
            p = os.path.join(d, name(rng, i, False, hidden))
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
            queue.append((os.path.join(d, name(rng, nfiles + i, True, hidden)), depth + 1))
    counts["entries"] = counts["dirs"] + counts["files"] + counts["symlinks"]
    return counts, sample_pool


def walk_data(a, counts):
    """BASE/tree, BASE/wide and the stat list, exactly as before the other parts existed."""
    rng = random.Random(a.seed)
    tree = os.path.join(a.base, "tree")
    tcounts, sample_pool = build_tree(tree, a.entries, rng)
    counts.update(tcounts)

    wide = os.path.join(a.base, "wide")
    os.mkdir(wide)
    for i in range(a.wide):
        os.close(os.open(os.path.join(wide, name(rng, i, False)), os.O_CREAT | os.O_WRONLY, 0o644))

    sample = rng.sample(sample_pool, min(a.stat_sample, len(sample_pool)))
    with open(os.path.join(a.base, "stat-list.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sample) + "\n")
    counts["wide"] = a.wide
    counts["stat_sample"] = len(sample)
    counts["max_depth"] = max(p.count(os.sep) for p in sample_pool) - tree.count(os.sep)


def glob_tree(path, entries, seed):
    """BASE/tree's twin with 1% hidden names; counts and the number of **/*.txt that glob must find."""
    counts, pool = build_tree(path, entries, random.Random(seed), hidden=random.Random(seed + 1))
    rel = (os.path.relpath(p, path) for p in pool)
    counts["txt"] = sum(1 for r in rel if r.endswith(".txt") and not any(c.startswith(".") for c in r.split(os.sep)))
    counts["hidden"] = sum(1 for p in pool if os.path.basename(p).startswith("."))
    return counts


def text_block(rng, size):
    """Source-like bytes to cut file contents from: words, punctuation, indentation, newlines."""
    out, n = [], 0
    while n < size:
        line = " " * rng.choice((0, 4, 8)) + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 10)))
        line += rng.choice(("();", " {", " }", ":", ",", "")) + "\n"
        out.append(line)
        n += len(line)
    return "".join(out).encode()[:size]


def small_tree(path, nfiles, seed):
    """N small files in ~N/150 directories (two levels), sizes 0-16 KiB skewed to small: the copytree input."""
    rng = random.Random(seed + 2)
    block = text_block(rng, 1 << 20)
    ndirs = max(1, nfiles // 150)
    tops = max(1, int(ndirs ** 0.5))
    dirs = []
    os.mkdir(path)
    for t in range(tops):
        top = os.path.join(path, f"{rng.choice(WORDS)}_{t}")
        os.mkdir(top)
        dirs.append(top)
    while len(dirs) < ndirs:
        d = os.path.join(rng.choice(dirs[:tops]), f"{rng.choice(WORDS)}_{len(dirs)}")
        os.mkdir(d)
        dirs.append(d)
    total = 0
    for i in range(nfiles):
        # most files of a source tree are a few KiB: a log-uniform size in [1, 16 KiB], and 3% empty
        size = 0 if rng.random() < 0.03 else min(16384, int(2 ** rng.uniform(0, 14)))
        off = rng.randrange(0, len(block) - size)
        p = os.path.join(rng.choice(dirs), name(rng, i, False))
        with open(p, "wb") as f:
            f.write(block[off:off + size])
        if rng.random() < 0.02:
            os.chmod(p, 0o755)
        total += size
    return {"entries": nfiles + len(dirs), "files": nfiles, "dirs": len(dirs), "bytes": total}


NAME_EXTS = EXTS + (".log", ".log", ".o", ".cpp", ".rst", ".c", ".h")


def names_file(path, n, seed):
    """N realistic file names (stem_NNN.ext, some non-ASCII), one per line."""
    rng = random.Random(seed + 3)
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(n):
            if rng.random() < 0.02:
                stem = rng.choice(NON_ASCII)
            else:
                stem = "_".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
            f.write(f"{stem}_{rng.randint(0, 999)}{rng.choice(NAME_EXTS)}\n")
    return {"count": n}


def big_file(path, mib, seed):
    """One file of MIB MiB of pseudo-random bytes (a 1 MiB block, stamped with its index)."""
    block = bytearray(random.Random(seed + 4).randbytes(1 << 20))
    with open(path, "wb") as f:
        for i in range(mib):
            block[:8] = i.to_bytes(8, "little")
            f.write(block)
    return {"bytes": mib << 20}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--entries", type=int, default=200_000)
    ap.add_argument("--wide", type=int, default=20_000)
    ap.add_argument("--stat-sample", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--no-walk-data", action="store_true")
    ap.add_argument("--glob-tree", action="store_true")
    ap.add_argument("--small-files", type=int, default=0)
    ap.add_argument("--names", type=int, default=0)
    ap.add_argument("--big-file-mib", type=int, default=0)
    a = ap.parse_args()

    os.makedirs(a.base, exist_ok=True)
    counts = {}
    if not a.no_walk_data:
        walk_data(a, counts)
    if a.glob_tree:
        counts["glob"] = glob_tree(os.path.join(a.base, "globtree"), a.entries, a.seed)
    if a.small_files:
        counts["small"] = small_tree(os.path.join(a.base, "small"), a.small_files, a.seed)
    if a.names:
        counts["names"] = names_file(os.path.join(a.base, "names.txt"), a.names, a.seed)
    if a.big_file_mib:
        counts["big"] = big_file(os.path.join(a.base, "big.bin"), a.big_file_mib, a.seed)
    counts["seed"] = a.seed
    with open(os.path.join(a.base, "manifest.json"), "w") as f:
        json.dump(counts, f)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
