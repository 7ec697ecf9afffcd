#!/usr/bin/env bash
# Osprey's benchmark run: one command, one data set, every peer in the same run, interleaved.
#
#   bench/run.sh [--rounds N] [--fs tmpfs|ext4|dir] [--entries N] [--only PARTS] [--quick] [--profile] [--no-build]
#                [--out DIR]
#
# 1. builds the JMH jar (mvn -pl bench -am package, inside this worktree; nothing is installed);
# 2. as root, mounts a filesystem of its own (tmpfs by default; --fs ext4: a journaled ext4 image on a loop
#    device); otherwise, or with --fs dir, uses a temporary directory and says the figures are less trustworthy;
# 3. generates a deterministic tree of ~200,000 entries, a directory of 20,000 files and a list of 10,000 paths
#    (bench/scripts/gen_tree.py) and checks that every walker counts the same entries;
# 4. for each round, in alternating order (A B C, C B A, ...): the C floor (stat/lstat loop, readdir and
#    getdents64 walks), CPython (os.stat/os.lstat loop, os.walk, os.scandir, os.listdir; one untimed run
#    first, time.perf_counter) and JMH (one fork per benchmark, warm-up iterations first; Osprey and its
#    java.nio peers in alternating order);
# 5. whole-process wall times of one walk, interleaved: Java+Osprey, Java+Files.walk, python3 os.walk, find;
# 6. writes results.md / results.json (medians over every timed sample of every round, ratios Osprey/peer,
#    targets met or not) under bench/results/<time>/ and prints results.md.
# --only: a comma-separated subset of the parts stat, walk, dir, wall (default: all of them); the report marks
#   what was not run.
# --quick: one round with short iterations (a smoke test of the harness, not a result).
# --profile: afterwards, the analysis runs (bench/results/.../profile/): JMH -prof gc and -prof stack, user/kernel
#   CPU split per stat call and per walk (StatProbe, WalkMain N, perf stat of the C floor), jnr-ffi call cost
#   (JnrProbe), path encoding (EncodeProbe), os.walk against a walk over the provider's cursor
#   (WalkFloorProbe), and the start-up cost of the first Os.get().
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8   # the JDK decodes file names by the locale; CPython too

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
rounds=3
fs=tmpfs
entries=200000
quick=false
profile=false
build=true
out="$here/results/$(date +%Y%m%d-%H%M%S)"
only=stat,walk,dir,wall
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift ;;
    --fs) fs=$2; shift ;;
    --entries) entries=$2; shift ;;
    --only) only=$2; shift ;;
    --quick) quick=true; rounds=1 ;;
    --profile) profile=true ;;
    --no-build) build=false ;;
    --out) out=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out/raw"
part() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
started=$(date +%s)

# ---- 1. build ----
jar="$root/bench/target/benchmarks.jar"
if $build; then
  log "building the benchmarks jar (mvn -q -B -pl bench -am package -DskipTests)"
  mvn -q -B -f "$root/pom.xml" -pl bench -am package -DskipTests >&2
fi
[ -f "$jar" ] || { echo "run.sh: $jar is missing (run without --no-build)" >&2; exit 1; }

# ---- 2. a filesystem of our own ----
mnt=""
loopimg=""
cleanup() {
  set +e
  if [ -n "$mnt" ]; then
    umount "$mnt" && rmdir "$mnt"
  fi
  [ -n "$loopimg" ] && rm -f "$loopimg"
  [ -n "${work:-}" ] && [ -z "$mnt" ] && [ -d "$work" ] && rm -rf "$work"
}
trap cleanup EXIT
fsnote=""
if [ "$(id -u)" = 0 ] && [ "$fs" != dir ]; then
  mnt=$(mktemp -d /mnt/osprey-bench.XXXXXX)
  if [ "$fs" = ext4 ]; then
    loopimg=$(mktemp /var/tmp/osprey-bench-img.XXXXXX)
    truncate -s 4G "$loopimg"
    mkfs.ext4 -q -F "$loopimg"
    mount -o loop "$loopimg" "$mnt"
    fsnote="ext4 (journaled) on a loop device, image on $(df --output=fstype /var/tmp | tail -1)"
  else
    mount -t tmpfs -o size=2g,mode=0755 osprey-bench "$mnt"
    fsnote="tmpfs (2 GiB), mounted for this run"
  fi
  work="$mnt"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/osprey-bench.XXXXXX")
  fsnote="$(df --output=fstype "$work" | tail -1) temp dir $work (not a dedicated filesystem: figures are less reliable)"
  echo "run.sh: WARNING: not root (or --fs dir): using $work on the shared filesystem; churn there skews results" >&2
fi
log "data on $fsnote"

# ---- 3. data, tools, sanity checks ----
log "generating the tree ($entries entries) with bench/scripts/gen_tree.py"
python3 "$here/scripts/gen_tree.py" "$work/data" --entries "$entries" > "$out/manifest.json"
tree="$work/data/tree"; wide="$work/data/wide"; list="$work/data/stat-list.txt"
bin="$work/bin"; mkdir -p "$bin"
gcc -O2 -o "$bin/statloop" "$here/native/statloop.c"
gcc -O2 -o "$bin/walk" "$here/native/walk.c"
want=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entries"])' "$out/manifest.json")
java_cp=(java -cp "$jar")
check() {  # name, count
  if [ "$2" != "$want" ]; then
    echo "run.sh: $1 saw $2 entries, the tree has $want" >&2; exit 1
  fi
}
check "C readdir walk" "$("$bin/walk" readdir "$tree" 0 2>&1 | sed -n 's/^walk: \([0-9]*\) entries.*/\1/p')"
check "C getdents walk" "$("$bin/walk" getdents "$tree" 0 2>&1 | sed -n 's/^walk: \([0-9]*\) entries.*/\1/p')"
check "python os.walk" "$(python3 "$here/scripts/py_peers.py" walk "$tree" 0 2>&1 | sed -n 's/^walk: \([0-9]*\) entries/\1/p')"
for w in osprey files-walk walk-file-tree; do
  check "Java $w" "$("${java_cp[@]}" org.osprey.bench.WalkMain "$w" "$tree")"
done
log "every walker sees $want entries"

# ---- 4. in-process, warm, interleaved rounds ----
if $quick; then
  jmh_stat=(-wi 1 -w 1 -i 2 -r 1); jmh_walk=(-wi 2 -w 1 -i 2 -r 1); jmh_dir=(-wi 1 -w 1 -i 2 -r 1)
  cpasses=3; ppasses=2
else
  jmh_stat=(-wi 3 -w 1 -i 5 -r 1); jmh_walk=(-wi 4 -w 2 -i 5 -r 2); jmh_dir=(-wi 3 -w 1 -i 5 -r 1)
  cpasses=10; ppasses=5
fi
jmh() {  # round, benchmark, iteration options...
  local r=$1 b=$2; shift 2
  java -jar "$jar" "org.osprey.bench.$b\$" -f 1 "$@" \
    -p statList="$list" -p tree="$tree" -p wide="$wide" \
    -rf json -rff "$out/raw/jmh-$r-${b#*.}.json" > "$out/raw/jmh-$r-${b#*.}.log" 2>&1 \
    || { echo "run.sh: JMH $b failed, see $out/raw/jmh-$r-${b#*.}.log" >&2; tail -20 "$out/raw/jmh-$r-${b#*.}.log" >&2; exit 1; }
}
native_peers() {  # round
  local r=$1
  if part stat; then
    "$bin/statloop" stat "$list" "$cpasses" > "$out/raw/c-$r-stat.txt" 2>/dev/null
    "$bin/statloop" lstat "$list" "$cpasses" > "$out/raw/c-$r-lstat.txt" 2>/dev/null
  fi
  part walk || return 0
  "$bin/walk" readdir "$tree" "$cpasses" > "$out/raw/c-$r-walk_readdir.txt" 2>/dev/null
  "$bin/walk" getdents "$tree" "$cpasses" > "$out/raw/c-$r-walk_getdents.txt" 2>/dev/null
  "$bin/walk" getdents-at "$tree" "$cpasses" > "$out/raw/c-$r-walk_getdentsat.txt" 2>/dev/null
  part dir || return 0
  "$bin/walk" readdir-list "$wide" "$cpasses" > "$out/raw/c-$r-list_readdir.txt" 2>/dev/null
  "$bin/walk" getdents-list "$wide" "$cpasses" > "$out/raw/c-$r-list_getdents.txt" 2>/dev/null
}
python_peers() {  # round
  local r=$1 w
  if part stat; then
    for w in stat lstat; do python3 "$here/scripts/py_peers.py" $w "$list" "$ppasses" > "$out/raw/py-$r-$w.txt" 2>/dev/null; done
  fi
  if part walk; then python3 "$here/scripts/py_peers.py" walk "$tree" "$ppasses" > "$out/raw/py-$r-walk.txt" 2>/dev/null; fi
  if part dir; then
    for w in scandir listdir; do python3 "$here/scripts/py_peers.py" $w "$wide" "$ppasses" > "$out/raw/py-$r-$w.txt" 2>/dev/null; done
  fi
}
jmh_peers() {  # round: Osprey first in odd rounds, its java.nio peers first in even ones
  local r=$1 b
  local stat=(StatBench.ospreyStat StatBench.nioPosixStat StatBench.ospreyLstat StatBench.nioBasicLstat)
  local walk=(WalkBench.ospreyWalk WalkBench.nioFilesWalk WalkBench.nioWalkFileTree)
  local dir=(ScandirBench.ospreyScandir ScandirBench.ospreyListdir ScandirBench.nioDirectoryStream)
  if [ $((r % 2)) = 0 ]; then
    stat=(StatBench.nioPosixStat StatBench.ospreyStat StatBench.nioBasicLstat StatBench.ospreyLstat)
    walk=(WalkBench.nioWalkFileTree WalkBench.nioFilesWalk WalkBench.ospreyWalk)
    dir=(ScandirBench.nioDirectoryStream ScandirBench.ospreyListdir ScandirBench.ospreyScandir)
  fi
  # the C floor of stat is sampled right before each JMH stat benchmark too (c-R-stat_sN.txt): the kernel's
  # cost drifts by 20-30% over minutes on a shared machine, and the stat targets are ratios of 1.00-1.15
  part stat || stat=()
  part walk || walk=()
  part dir || dir=()
  local k=0
  for b in ${stat[@]+"${stat[@]}"}; do
    k=$((k + 1))
    "$bin/statloop" stat "$list" "$cpasses" > "$out/raw/c-$r-stat_s$k.txt" 2>/dev/null
    "$bin/statloop" lstat "$list" "$cpasses" > "$out/raw/c-$r-lstat_s$k.txt" 2>/dev/null
    jmh "$r" "$b" "${jmh_stat[@]}"
  done
  for b in ${walk[@]+"${walk[@]}"}; do jmh "$r" "$b" "${jmh_walk[@]}"; done
  for b in ${dir[@]+"${dir[@]}"}; do jmh "$r" "$b" "${jmh_dir[@]}"; done
}
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then order=(native_peers python_peers jmh_peers); else order=(jmh_peers python_peers native_peers); fi
  for step in "${order[@]}"; do
    log "round $r/$rounds: $step"
    "$step" "$r"
  done
done

# ---- 5. whole-process walk ----
if part wall; then
  log "whole-process walks (interleaved)"
  python3 "$here/scripts/wall.py" --runs "$($quick && echo 3 || echo 10)" --want "$want" --out "$out/raw/wall.json" \
    "java+Osprey os.walk=java -cp $jar org.osprey.bench.WalkMain osprey $tree" \
    "java+Files.walk=java -cp $jar org.osprey.bench.WalkMain files-walk $tree" \
    "python3 os.walk=python3 -c 'import os,sys; print(sum(len(d)+len(f) for _,d,f in os.walk(sys.argv[1])))' $tree" \
    "find=find $tree" >&2
fi

# ---- 6. report ----
python3 "$here/scripts/report.py" "$out" --fs "$fsnote" --rounds "$rounds" --quick "$quick" \
  --seconds "$(( $(date +%s) - started ))"

if $profile; then
  # where the time goes: allocation and Java stacks (JMH profilers), user vs kernel CPU per call and per walk,
  # the cost of a jnr-ffi call, the cost of the first Os.get(); see docs/BENCHMARKS.md for the reading
  log "profiling (JMH -prof gc/stack, user/sys split, jnr call cost, start-up)"
  p="$out/profile"; mkdir -p "$p"
  for b in WalkBench.ospreyWalk StatBench.ospreyStat ScandirBench.ospreyScandir WalkBench.nioFilesWalk; do
    java -jar "$jar" "org.osprey.bench.$b\$" -f 1 -wi 3 -i 3 -p statList="$list" -p tree="$tree" -p wide="$wide" \
      -prof gc -prof "stack:lines=12;top=25;detailLine=true" > "$p/${b#*.}.txt" 2>&1 || true
  done
  java -jar "$jar" JnrProbe -prof gc > "$p/JnrProbe.txt" 2>&1 || true
  java -jar "$jar" EncodeProbe -p statList="$list" -prof gc > "$p/EncodeProbe.txt" 2>&1 || true
  java -jar "$jar" WalkFloorProbe -p tree="$tree" -prof gc > "$p/WalkFloorProbe.txt" 2>&1 || true
  "${java_cp[@]}" org.osprey.bench.StatProbe "$list" 7 1000 > "$p/stat-user-sys.txt" 2>&1 || true
  { for w in osprey files-walk; do
      echo "== $w"; "${java_cp[@]}" org.osprey.bench.WalkMain "$w" "$tree" 15 2>&1 >/dev/null
    done
    if command -v perf > /dev/null; then
      for m in getdents getdents-at readdir; do
        echo "== C $m (perf stat, 1 untimed + 15 walks)"; perf stat -e user_time,system_time "$bin/walk" "$m" "$tree" 15 2>&1
      done
      echo "== C stat (perf stat, 1 untimed + 20 passes over the list)"; perf stat -e user_time,system_time "$bin/statloop" stat "$list" 20 2>&1
    fi
    echo "== start-up: java+Osprey and java+nio on an empty directory"
    mkdir -p "$work/empty"
    python3 "$here/scripts/wall.py" --runs 8 --want 0 --out "$p/startup.json" \
      "java+Osprey (Os.get)=java -cp $jar org.osprey.bench.WalkMain osprey $work/empty" \
      "java+nio=java -cp $jar org.osprey.bench.WalkMain files-walk $work/empty" \
      "python3=python3 -c 'import os,sys; print(sum(len(d)+len(f) for _,d,f in os.walk(sys.argv[1])))' $work/empty"
  } > "$p/cpu-split.txt" 2>&1 || true
  log "profiles in $p/"
fi
log "done in $(( $(date +%s) - started )) s; results in $out"
