#!/usr/bin/env bash
# Osprey's benchmark run: one command, one data set, every peer in the same run, interleaved.
#
#   bench/run.sh [--rounds N] [--fs tmpfs|ext4|dir] [--entries N] [--only PARTS] [--quick] [--profile] [--no-build]
#                [--out DIR] [--small-files N] [--names N] [--big-file-mib N] [--mmap-mib N]
#
# 1. builds the JMH jar and the shell's jar (mvn -pl bench,shell.bundle -am package, inside this worktree; nothing is installed);
# 2. as root, mounts a filesystem of its own (tmpfs by default; --fs ext4: a journaled ext4 image on a loop
#    device); otherwise, or with --fs dir, uses a temporary directory and says the figures are less trustworthy;
# 3. generates a deterministic tree of ~200,000 entries, a directory of 20,000 files and a list of 10,000 paths
#    (bench/scripts/gen_tree.py) and checks that every walker counts the same entries;
# 4. for each round, in alternating order (A B C, C B A, ...): the C floor (stat/lstat loop, readdir and
#    getdents64 walks), CPython (os.stat/os.lstat loop, os.walk, os.scandir, os.listdir; one untimed run
#    first, time.perf_counter) and JMH (one fork per benchmark, warm-up iterations first; Osprey and its
#    java.nio peers in alternating order);
# 4b. the stat targets, paired: StatPairs alternates passes of Osprey, java.nio and the C loop (statloop
#    --lockstep) in one warm JVM and one warm C process, ~50 ms each, N rounds; every round gives one ratio.
#    Once with the JVM's inputs settled in list order (as the C loop's are: the verdict), once without;
# 5. whole-process wall times of one walk, interleaved: Java+Osprey, Java+Files.walk, python3 os.walk, find;
# 6. writes results.md / results.json (medians over every timed sample of every round, ratios Osprey/peer,
#    targets met or not) under bench/results/<time>/ and prints results.md.
# The parts of the higher-level modules (docs/BENCHMARKS.md, "shutil, glob, fnmatch, copyfile"), on the same
# filesystem and interleaved in the same rounds (C and tools, CPython, JVM):
#   shutil    copytree and rmtree of a tree of --small-files small files (default 50,000): cp -a / rm -rf,
#             CPython shutil.copytree / rmtree, Commons IO, java.nio walkFileTree, Osprey Shutil; warm in-process
#             (ShutilMain warm: one JVM, warm-up copies first, the JVM peers interleaved) and whole process;
#   glob      recursive glob **/*.txt over the glob tree (the walk tree's twin with 1% hidden names): CPython
#             glob.glob, Files.find + PathMatcher, find -L (hidden pruned), Osprey Glob (JMH);
#   fnmatch   filter of --names names (default 1,000,000) with four patterns: glibc fnmatch(3) C loop
#             (C.UTF-8 and bytes), CPython fnmatch.filter, Osprey Fnmatch (JMH);
#   copyfile  a file of --big-file-mib MiB (default 1024): cp, CPython shutil.copyfile, Files.copy, Osprey.
# Whole processes, start to exit, with each process's peak RSS (bench/native/peakrss):
#   process   start-up: a JVM with only the module jars and a one-class jar that lists a directory of 100 files
#             (StartMain), with and without an AppCDS archive made by one training run, against a JVM that does
#             nothing, java.nio's Files.list and CPython's os.listdir, and the shell's jar running the one command
#             os:listdir (./osprey os:listdir: Felix, SCR, Gogo and every bundle); and, needing the glob and copyfile parts'
#             data, the recursive glob (Osprey, Files.find, CPython, find -L) and the copyfile (Osprey, Files.copy,
#             CPython, cp) as whole processes;
#   memory    a walk of a tree of --memory-entries entries (default 1,000,000) and a copy of a file of
#             --memory-file-mib MiB (default 4096), the JVMs at -Xmx64m: Osprey, java.nio, CPython, find / cp.
# Starting processes (subprocess), warm and in-process, interleaved in the same rounds (C, CPython, JVM):
#   spawn     500 spawn-and-wait of /bin/true: a C posix_spawn + waitpid loop (bench/native/spawnloop),
#             CPython subprocess.run, ProcessBuilder (default launch and -Djdk.lang.Process.launchMechanism=VFORK),
#             Osprey Subprocess.run; and communicate of 100 MiB from `head -c 104857600 /dev/zero`: C read loop,
#             CPython Popen.communicate, ProcessBuilder readAllBytes, Osprey Popen.communicate (SpawnMain; every
#             child inherits stdio, but communicate's stdout pipe).
# Memory maps (mmap), warm and in-process, interleaved in the same rounds (CPython, JVM):
#   mmap      a file of --mmap-mib MiB (default 1024; bench/scripts/mmap_peers.py make: the needle only in its last
#             bytes) mapped ACCESS_READ once: find of the needle over the whole map, and a sequential read of the
#             whole map in 1 MiB reads; CPython mmap (mmap_peers.py), a MappedByteBuffer (a get(i) loop; bulk get
#             into a 1 MiB array), Osprey's mmap (MmapBench, JMH).
# A log call (logging), warm and in-process, interleaved in the same rounds (JVM):
#   logging   one call at a logger whose level is INFO: disabled (debug("x %s", arg)) and enabled (info, one line
#             "time level logger message" to a file on the benchmark's filesystem, flushed per record): Osprey's
#             logging (FileHandler, %(asctime)s %(levelname)s %(name)s %(message)s), SLF4J with Logback
#             (FileAppender, the same fields), java.util.logging (FileHandler, a SimpleFormatter format of the same
#             fields), and Osprey's call handed to Logback through its Slf4jHandler (LoggingBench, JMH).
# --only: a comma-separated subset of the parts stat, walk, dir, wall, shutil, glob, fnmatch, copyfile, process,
#   memory, spawn, mmap, logging (default: all of them); the report says what was not run.
# --quick: one round with short iterations (a smoke test of the harness, not a result); there, an Osprey
#   benchmark of the new parts that fails (e.g. not implemented yet) is reported as "failed" instead of ending
#   the run.
# --profile: afterwards, the analysis runs (bench/results/.../profile/): JMH -prof gc and -prof stack, user/kernel
#   CPU split per stat call and per walk (StatProbe, WalkMain N, perf stat of the C floor), native call cost
#   (NativeCallProbe: jffi as the provider calls it, against jnr-ffi), path encoding (EncodeProbe), os.walk against a walk over the provider's cursor
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
only=stat,walk,dir,wall,shutil,glob,fnmatch,copyfile,process,memory,spawn,mmap,logging
mem_entries=1000000
mem_mib=4096
small_files=50000
names=1000000
big_mib=1024
mmap_mib=1024
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
    --small-files) small_files=$2; shift ;;
    --names) names=$2; shift ;;
    --big-file-mib) big_mib=$2; shift ;;
    --mmap-mib) mmap_mib=$2; shift ;;
    --memory-entries) mem_entries=$2; shift ;;
    --memory-file-mib) mem_mib=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out/raw"
part() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
walk_data() { part stat || part walk || part dir || part wall; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
started=$(date +%s)

# ---- 1. build ----
jar="$root/bench/target/benchmarks.jar"
if $build; then
  log "building the benchmarks jar (mvn -q -B -pl bench -am package -DskipTests)"
  mvn -q -B -f "$root/pom.xml" -pl bench,shell.bundle -am package -DskipTests >&2
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
  # room for the trees, three copies of the small-file tree and the big file with its copy (RAM is 23 GiB;
  # tmpfs takes only what is written)
  fs_gib=4
  if part copyfile; then fs_gib=$(( (2 * big_mib + 1023) / 1024 + 2 )); [ "$fs_gib" -ge 4 ] || fs_gib=4; fi
  if part memory; then fs_gib=$(( fs_gib + (2 * mem_mib + 1023) / 1024 + 1 )); fi
  if part mmap; then fs_gib=$(( fs_gib + (mmap_mib + 1023) / 1024 )); fi
  if [ "$fs" = ext4 ]; then
    loopimg=$(mktemp /var/tmp/osprey-bench-img.XXXXXX)
    truncate -s "$((fs_gib * 2))G" "$loopimg"
    mkfs.ext4 -q -F "$loopimg"
    mount -o loop "$loopimg" "$mnt"
    fsnote="ext4 (journaled) on a loop device, image on $(df --output=fstype /var/tmp | tail -1)"
  else
    mount -t tmpfs -o "size=${fs_gib}g,mode=0755" osprey-bench "$mnt"
    fsnote="tmpfs ($fs_gib GiB), mounted for this run"
  fi
  work="$mnt"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/osprey-bench.XXXXXX")
  fsnote="$(df --output=fstype "$work" | tail -1) temp dir $work (not a dedicated filesystem: figures are less reliable)"
  echo "run.sh: WARNING: not root (or --fs dir): using $work on the shared filesystem; churn there skews results" >&2
fi
log "data on $fsnote"

# ---- 3. data, tools, sanity checks ----
gen=()
walk_data || gen+=(--no-walk-data)
part glob && gen+=(--glob-tree)
part shutil && gen+=(--small-files "$small_files")
part fnmatch && gen+=(--names "$names")
part copyfile && gen+=(--big-file-mib "$big_mib")
log "generating the data with bench/scripts/gen_tree.py --entries $entries ${gen[*]}"
python3 "$here/scripts/gen_tree.py" "$work/data" --entries "$entries" "${gen[@]}" > "$out/manifest.json"
tree="$work/data/tree"; wide="$work/data/wide"; list="$work/data/stat-list.txt"
globtree="$work/data/globtree"; small="$work/data/small"; namesfile="$work/data/names.txt"; big="$work/data/big.bin"
scratch="$work/scratch"  # every copy goes here, removed between runs
bin="$work/bin"; mkdir -p "$bin"
gcc -O2 -o "$bin/statloop" "$here/native/statloop.c"
gcc -O2 -o "$bin/walk" "$here/native/walk.c"
gcc -O2 -o "$bin/fnmatchloop" "$here/native/fnmatchloop.c"
gcc -O2 -o "$bin/peakrss" "$here/native/peakrss.c"
gcc -O2 -o "$bin/spawnloop" "$here/native/spawnloop.c"
export PEAKRSS="$bin/peakrss"  # bench/scripts/measure.py: every whole-process run goes through it
manifest() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in sys.argv[2:]: d=d[k]
print(d)' "$out/manifest.json" "$@"; }
java_cp=(java -cp "$jar")
# an Osprey peer of the new parts that fails: in --quick, noted in raw/failed.txt and reported as "failed"
# (the implementations may not be there yet); in a real run, the end of the run
osprey_failed() {  # result key, what happened
  if $quick; then
    echo "$1" >> "$out/raw/failed.txt"
    echo "run.sh: $1 FAILED ($2); --quick goes on and reports it as failed" >&2
  else
    echo "run.sh: $1 failed: $2" >&2; exit 1
  fi
}
if walk_data; then
  want=$(manifest entries)
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
fi
# fnmatch's patterns, by the id their results are filed under
patterns=("txt=*.txt" "abc=*a*b*c*" "log=[a-f]*_??.log" "ch=*.[ch]")
if part glob; then
  gwant=$(manifest glob txt)
  count_is() {  # name, count
    [ "$2" = "$gwant" ] || { echo "run.sh: $1 found $2 matches of **/*.txt, the glob tree has $gwant" >&2; exit 1; }
  }
  count_is "CPython glob" "$(python3 "$here/scripts/py_peers.py" glob "$globtree" 0 2>&1 | sed -n 's/^glob: \([0-9]*\) .*/\1/p')"
  count_is "find -L" "$(python3 "$here/scripts/tool_peers.py" glob "$globtree" 0 2>&1 | sed -n 's/^glob: \([0-9]*\) .*/\1/p')"
  count_is "Files.find" "$("${java_cp[@]}" org.osprey.bench.CountMain glob files-find "$globtree")"
  if n=$("${java_cp[@]}" org.osprey.bench.CountMain glob osprey "$globtree" 2> "$out/raw/check-glob-osprey.log"); then
    count_is "Osprey glob" "$n"
  else
    osprey_failed jmh.ospreyGlob "CountMain glob osprey: $(grep -m1 -i exception "$out/raw/check-glob-osprey.log")"
  fi
  log "every glob finds $gwant matches"
fi
if part fnmatch; then
  for pat in "${patterns[@]}"; do
    id=${pat%%=*}; p=${pat#*=}
    fwant=$(python3 "$here/scripts/py_peers.py" fnmatch "$namesfile" "$p" 0 2>&1 | sed -n 's/^fnmatch: \([0-9]*\) .*/\1/p')
    for mode in "" --bytes; do
      n=$("$bin/fnmatchloop" $mode "$p" "$namesfile" 0 2>&1 | sed -n 's/^fnmatch: \([0-9]*\) .*/\1/p')
      [ "$n" = "$fwant" ] || { echo "run.sh: fnmatchloop $mode '$p' matched $n names, CPython $fwant" >&2; exit 1; }
    done
    if n=$("${java_cp[@]}" org.osprey.bench.CountMain fnmatch "$namesfile" "$p" 2> "$out/raw/check-fnmatch-$id.log"); then
      [ "$n" = "$fwant" ] || { echo "run.sh: Osprey filter '$p' matched $n names, CPython $fwant" >&2; exit 1; }
    else
      osprey_failed "jmh.ospreyFilter_$id" "CountMain fnmatch: $(grep -m1 -i exception "$out/raw/check-fnmatch-$id.log")"
    fi
    log "fnmatch '$p': every filter keeps $fwant of $(manifest names count) names"
  done
fi
if part mmap; then
  mmapfile="$work/data/mmap.bin"
  python3 "$here/scripts/mmap_peers.py" make "$mmapfile" "$mmap_mib"
  echo "{\"bytes\": $(stat -c %s "$mmapfile")}" > "$out/mmap.json"
  mwant=$(( mmap_mib * 1048576 - 18 ))  # the needle, 18 bytes, ends the file
  n=$(python3 "$here/scripts/mmap_peers.py" find "$mmapfile" 0 2>&1 | sed -n 's/^find: \([0-9]*\)$/\1/p')
  [ "$n" = "$mwant" ] || { echo "run.sh: CPython found the needle at $n, not $mwant" >&2; exit 1; }
  n=$("${java_cp[@]}" org.osprey.bench.CountMain mmap mapped-byte-buffer "$mmapfile")
  [ "$n" = "$mwant" ] || { echo "run.sh: the MappedByteBuffer loop found the needle at $n, not $mwant" >&2; exit 1; }
  if n=$("${java_cp[@]}" org.osprey.bench.CountMain mmap osprey "$mmapfile" 2> "$out/raw/check-mmap-osprey.log"); then
    [ "$n" = "$mwant" ] || { echo "run.sh: Osprey found the needle at $n, not $mwant" >&2; exit 1; }
  else
    osprey_failed jmh.ospreyFind "CountMain mmap osprey: $(grep -m1 -i exception "$out/raw/check-mmap-osprey.log")"
  fi
  log "every mmap peer finds the needle at $mwant"
fi
if part copyfile; then
  # cp's copy is the reference; the sizes of every other copy are checked as they are made
  cp "$big" "$scratch.big" && cmp "$big" "$scratch.big" && rm -f "$scratch.big"
fi

# ---- 4. in-process, warm, interleaved rounds ----
if $quick; then
  jmh_stat=(-wi 1 -w 1 -i 2 -r 1); jmh_walk=(-wi 2 -w 1 -i 2 -r 1); jmh_dir=(-wi 1 -w 1 -i 2 -r 1)
  cpasses=3; ppasses=2; prounds=21
  jmh_glob=(-wi 2 -w 1 -i 2 -r 1); jmh_fnmatch=(-wi 1 -w 1 -i 2 -r 1); jmh_mmap=(-wi 1 -w 1 -i 2 -r 1)
  jmh_logging=(-wi 1 -w 1 -i 2 -r 1)
  opasses=1; owarm=1  # shutil/copyfile: timed operations per tool and round, JVM warm-up rounds
  spasses=2; swarm=1; mpasses=3; mwarm=3  # spawn: timed (JVM: warm-up) loops of 500; communicate: the same, children
else
  jmh_glob=(-wi 4 -w 2 -i 5 -r 2); jmh_fnmatch=(-wi 3 -w 2 -i 5 -r 2); jmh_mmap=(-wi 3 -w 2 -i 5 -r 2)
  jmh_logging=(-wi 3 -w 2 -i 5 -r 2)
  opasses=5; owarm=2
  spasses=5; swarm=2; mpasses=10; mwarm=10
  jmh_stat=(-wi 3 -w 1 -i 5 -r 1); jmh_walk=(-wi 4 -w 2 -i 5 -r 2); jmh_dir=(-wi 3 -w 1 -i 5 -r 1)
  cpasses=10; ppasses=5; prounds=201
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
jmh_part() {  # round, benchmark, result file suffix, JMH options...: the new parts, which may fail in --quick
  local r=$1 b=$2 f=$3; shift 3
  java -jar "$jar" "org.osprey.bench.$b\$" -f 1 -foe true "$@" -rf json -rff "$out/raw/jmh-$r-$f.json" \
    > "$out/raw/jmh-$r-$f.log" 2>&1 && return 0
  rm -f "$out/raw/jmh-$r-$f.json"
  case "$b" in
    *.osprey*) osprey_failed "jmh.$f" "JMH $b, see $out/raw/jmh-$r-$f.log" ;;
    *) echo "run.sh: JMH $b failed, see $out/raw/jmh-$r-$f.log" >&2; tail -20 "$out/raw/jmh-$r-$f.log" >&2; exit 1 ;;
  esac
}
new_native_peers() {  # round: coreutils, find, the glibc fnmatch loop
  local r=$1 pat
  if part shutil; then
    python3 "$here/scripts/tool_peers.py" copytree "$small" "$scratch" "$opasses" > "$out/raw/c-$r-copytree_cp.txt"
    python3 "$here/scripts/tool_peers.py" rmtree "$small" "$scratch" "$opasses" > "$out/raw/c-$r-rmtree_rm.txt"
  fi
  if part glob; then python3 "$here/scripts/tool_peers.py" glob "$globtree" "$cpasses" > "$out/raw/c-$r-glob_find.txt" 2>/dev/null; fi
  if part fnmatch; then
    for pat in "${patterns[@]}"; do
      "$bin/fnmatchloop" "${pat#*=}" "$namesfile" "$cpasses" > "$out/raw/c-$r-fnmatch_${pat%%=*}.txt" 2>/dev/null
      "$bin/fnmatchloop" --bytes "${pat#*=}" "$namesfile" "$cpasses" > "$out/raw/c-$r-fnmatchbytes_${pat%%=*}.txt" 2>/dev/null
    done
  fi
  if part copyfile; then python3 "$here/scripts/tool_peers.py" copyfile "$big" "$scratch" "$opasses" > "$out/raw/c-$r-copyfile_cp.txt"; fi
  if part spawn; then
    spawn_run c.spawn "$r" "$bin/spawnloop" spawn 500 "$spasses"
    spawn_run c.communicate "$r" "$bin/spawnloop" communicate 104857600 "$mpasses"
  fi
}
new_python_peers() {  # round
  local r=$1 pat w
  if part shutil; then
    for w in copytree rmtree; do python3 "$here/scripts/py_peers.py" $w "$small" "$scratch" "$opasses" > "$out/raw/py-$r-$w.txt"; done
  fi
  if part glob; then python3 "$here/scripts/py_peers.py" glob "$globtree" "$ppasses" > "$out/raw/py-$r-glob.txt" 2>/dev/null; fi
  if part fnmatch; then
    for pat in "${patterns[@]}"; do
      python3 "$here/scripts/py_peers.py" fnmatch "$namesfile" "${pat#*=}" "$ppasses" > "$out/raw/py-$r-fnmatch_${pat%%=*}.txt" 2>/dev/null
    done
  fi
  if part copyfile; then python3 "$here/scripts/py_peers.py" copyfile "$big" "$scratch" "$opasses" > "$out/raw/py-$r-copyfile.txt"; fi
  if part spawn; then
    spawn_run py.spawn "$r" python3 "$here/scripts/py_peers.py" spawn 500 "$spasses"
    spawn_run py.communicate "$r" python3 "$here/scripts/py_peers.py" communicate 104857600 "$mpasses"
  fi
  if part mmap; then
    for w in find read; do
      python3 "$here/scripts/mmap_peers.py" $w "$mmapfile" "$ppasses" > "$out/raw/py-$r-mmap_$w.txt" 2>/dev/null
    done
  fi
}
jvm_ops() {  # round, operation, source, tools: ShutilMain warm; Osprey first in odd rounds (it then alternates)
  local r=$1 op=$2 src=$3 tools=$4 keep=()
  $quick && keep=(--keep-going)
  "${java_cp[@]}" org.osprey.bench.ShutilMain warm "$op" "$src" "$scratch" "$tools" "$owarm" "$opasses" \
    "$out/raw/jvm-$r-" ${keep[@]+"${keep[@]}"} 2> "$out/raw/jvm-$r-$op.log" && return 0
  local rc=$?
  if $quick && [ $rc = 3 ]; then
    for f in "$out/raw/jvm-$r-$op"_*.failed; do echo "jvm.$(basename "${f%.failed}" | sed "s/^jvm-$r-//")" >> "$out/raw/failed.txt"; done
    echo "run.sh: ShutilMain $op: Osprey failed (see $out/raw/jvm-$r-$op.log); --quick goes on and reports it as failed" >&2
  else
    echo "run.sh: ShutilMain $op failed (exit $rc), see $out/raw/jvm-$r-$op.log" >&2; tail -20 "$out/raw/jvm-$r-$op.log" >&2; exit 1
  fi
}
spawn_run() {  # result key (c.spawn, jvm.communicate_osprey, ...), round, command...: one peer of the spawn part
  local key=$1 r=$2; shift 2
  local f="$out/raw/${key%%.*}-$r-${key#*.}"
  "$@" > "$f.txt" 2> "$f.log" && return 0
  rm -f "$f.txt"
  case "$key" in
    *_osprey) osprey_failed "$key" "$(grep -m1 -i exception "$f.log"), see $f.log" ;;
    *) echo "run.sh: $key failed, see $f.log" >&2; tail -20 "$f.log" >&2; exit 1 ;;
  esac
}
spawn_jvm() {  # round, peer (osprey, pb, pbvfork): SpawnMain's spawn, then its communicate, in a JVM each
  local r=$1 p=$2 tool=$2 vm=(java)
  if [ "$p" = pbvfork ]; then tool=pb; vm=(java -Djdk.lang.Process.launchMechanism=VFORK); fi
  spawn_run "jvm.spawn_$p" "$r" "${vm[@]}" -cp "$jar" org.osprey.bench.SpawnMain spawn "$tool" 500 "$swarm" "$spasses"
  if [ "$p" != pbvfork ]; then
    spawn_run "jvm.communicate_$p" "$r" "${vm[@]}" -cp "$jar" org.osprey.bench.SpawnMain communicate "$tool" 104857600 \
      "$mwarm" "$mpasses"
  fi
}
new_jvm_peers() {  # round: Osprey first in odd rounds, its peers first in even ones
  local r=$1 pat b
  local glob=(GlobBench.ospreyGlob GlobBench.nioFilesFind) tools=osprey,commonsio,nio ftools=osprey,nio
  local spawn=(osprey pb pbvfork)
  local mmap=(MmapBench.ospreyFind MmapBench.mappedByteBufferFind MmapBench.ospreyRead MmapBench.mappedByteBufferRead)
  if [ $((r % 2)) = 0 ]; then
    mmap=(MmapBench.mappedByteBufferRead MmapBench.ospreyRead MmapBench.mappedByteBufferFind MmapBench.ospreyFind)
  fi
  if [ $((r % 2)) = 0 ]; then glob=(GlobBench.nioFilesFind GlobBench.ospreyGlob); tools=nio,commonsio,osprey; ftools=nio,osprey; fi
  if [ $((r % 2)) = 0 ]; then spawn=(pbvfork pb osprey); fi
  local logging=(ospreyDisabled logbackDisabled julDisabled ospreyEnabled logbackEnabled julEnabled
    ospreyToLogbackEnabled)
  if [ $((r % 2)) = 0 ]; then
    logging=(julDisabled logbackDisabled ospreyDisabled ospreyToLogbackEnabled julEnabled logbackEnabled ospreyEnabled)
  fi
  if part shutil; then jvm_ops "$r" copytree "$small" "$tools"; jvm_ops "$r" rmtree "$small" "$tools"; fi
  if part glob; then
    for b in "${glob[@]}"; do jmh_part "$r" "$b" "${b#*.}" -p globTree="$globtree" "${jmh_glob[@]}"; done
  fi
  if part fnmatch; then
    for pat in "${patterns[@]}"; do
      jmh_part "$r" FnmatchBench.ospreyFilter "ospreyFilter_${pat%%=*}" -p names="$namesfile" -p "pattern=${pat#*=}" \
        "${jmh_fnmatch[@]}"
    done
  fi
  if part copyfile; then jvm_ops "$r" copyfile "$big" "$ftools"; fi
  if part spawn; then
    for b in "${spawn[@]}"; do spawn_jvm "$r" "$b"; done
  fi
  if part mmap; then
    for b in "${mmap[@]}"; do jmh_part "$r" "$b" "${b#*.}" -p mmapFile="$mmapfile" "${jmh_mmap[@]}"; done
  fi
  if part logging; then
    for b in "${logging[@]}"; do
      jmh_part "$r" "LoggingBench.$b" "$b" -p logDir="$scratch/logging" "${jmh_logging[@]}"
    done
  fi
}
python_peers() {  # round
  local r=$1 w
  if part stat; then
    for w in stat lstat; do python3 "$here/scripts/py_peers.py" $w "$list" "$ppasses" > "$out/raw/py-$r-$w.txt" 2>/dev/null; done
  fi
  if part walk; then
    python3 "$here/scripts/py_peers.py" walk "$tree" "$ppasses" > "$out/raw/py-$r-walk.txt" 2>/dev/null
    python3 "$here/scripts/py_peers.py" scandir-tree "$tree" "$ppasses" > "$out/raw/py-$r-scandir_tree.txt" 2>/dev/null
  fi
  if part dir; then
    for w in scandir listdir; do python3 "$here/scripts/py_peers.py" $w "$wide" "$ppasses" > "$out/raw/py-$r-$w.txt" 2>/dev/null; done
  fi
}
jmh_peers() {  # round: Osprey first in odd rounds, its java.nio peers first in even ones
  local r=$1 b
  local stat=(StatBench.ospreyStat StatBench.nioPosixStat StatBench.ospreyLstat StatBench.nioBasicLstat)
  local walk=(WalkBench.ospreyWalk WalkBench.ospreyScandirTree WalkBench.nioFilesWalk WalkBench.nioWalkFileTree)
  local dir=(ScandirBench.ospreyScandir ScandirBench.ospreyListdir ScandirBench.nioDirectoryStream)
  if [ $((r % 2)) = 0 ]; then
    stat=(StatBench.nioPosixStat StatBench.ospreyStat StatBench.nioBasicLstat StatBench.ospreyLstat)
    walk=(WalkBench.nioWalkFileTree WalkBench.nioFilesWalk WalkBench.ospreyScandirTree WalkBench.ospreyWalk)
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
  if [ $((r % 2)) = 1 ]; then
    order=(native_peers python_peers jmh_peers new_native_peers new_python_peers new_jvm_peers)
  else
    order=(new_jvm_peers new_python_peers new_native_peers jmh_peers python_peers native_peers)
  fi
  for step in "${order[@]}"; do
    log "round $r/$rounds: $step"
    "$step" "$r"
  done
done

# ---- 4b. the stat targets, paired ----
if part stat; then
  # the kernel's cost of these stats drifts by 20-40% within seconds here, more than a target's margin: only
  # passes made at the same moment compare (StatPairs; docs/BENCHMARKS.md, "How the stat targets are measured")
  for settle in true false; do
    for w in stat lstat; do
      f=pairs-$w; [ "$settle" = true ] || f=pairs-unsettled-$w
      log "paired $w ($prounds rounds, settle=$settle)"
      java -Dsettle=$settle -cp "$jar" org.osprey.bench.StatPairs "$bin/statloop" "$list" $w "$prounds" \
        "$out/raw/$f.txt" > "$out/raw/$f.log" 2>&1 \
        || { echo "run.sh: StatPairs $w failed, see $out/raw/$f.log" >&2; tail -20 "$out/raw/$f.log" >&2; exit 1; }
    done
  done
fi

# whole-process walks (wall.py): out file, runs, tree, entries, the JVMs' options ("" or "-Xmx64m ")
walk_peers() {
  python3 "$here/scripts/wall.py" --runs "$2" --want "$4" --out "$1" \
    "java${5:+ $5}+Osprey os.walk=java $5-cp $jar org.osprey.bench.WalkMain osprey $3" \
    "java${5:+ $5}+Files.walk=java $5-cp $jar org.osprey.bench.WalkMain files-walk $3" \
    "python3 os.walk=python3 -c 'import os,sys; print(sum(len(d)+len(f) for _,d,f in os.walk(sys.argv[1])))' $3" \
    "find=find $3" >&2
}
# whole-process copyfile (shutil_wall.py): out file, runs, source, the JVMs' options
copyfile_peers() {
  local jm="java $4-cp $jar org.osprey.bench.ShutilMain once"
  python3 "$here/scripts/shutil_wall.py" --src "$3" --dst "$scratch" --runs "$2" --out "$1" \
    "cp=copy:cp {src} {dst}" \
    "python3 shutil.copyfile=copy:python3 -c 'import shutil,sys; shutil.copyfile(sys.argv[1], sys.argv[2])' {src} {dst}" \
    "java${4:+ $4}+Osprey copyfile=copy:$jm osprey copyfile {src} {dst}" \
    "java${4:+ $4}+nio Files.copy=copy:$jm nio copyfile {src} {dst}" >&2
}

# ---- 5. whole-process walk ----
if part wall; then
  log "whole-process walks (interleaved)"
  walk_peers "$out/raw/wall.json" "$($quick && echo 3 || echo 10)" "$tree" "$want" ""
fi

# ---- 5b. whole-process copytree and rmtree ----
if part shutil; then
  log "whole-process copytree and rmtree (interleaved)"
  keep=(); $quick && keep=(--keep-going)
  jm="java -cp $jar org.osprey.bench.ShutilMain once"
  python3 "$here/scripts/shutil_wall.py" --src "$small" --dst "$scratch" --runs "$($quick && echo 1 || echo 5)" \
    --out "$out/raw/shutil-wall.json" ${keep[@]+"${keep[@]}"} \
    "cp -a=copy:cp -a {src} {dst}" \
    "python3 shutil.copytree=copy:python3 -c 'import shutil,sys; shutil.copytree(sys.argv[1], sys.argv[2])' {src} {dst}" \
    "java+Osprey copytree=copy:$jm osprey copytree {src} {dst}" \
    "java+Commons IO copyDirectory=copy:$jm commonsio copytree {src} {dst}" \
    "java+nio walkFileTree copy=copy:$jm nio copytree {src} {dst}" \
    "rm -rf=delete:rm -rf {dst}" \
    "python3 shutil.rmtree=delete:python3 -c 'import shutil,sys; shutil.rmtree(sys.argv[1])' {dst}" \
    "java+Osprey rmtree=delete:$jm osprey rmtree {src} {dst}" \
    "java+Commons IO deleteDirectory=delete:$jm commonsio rmtree {src} {dst}" \
    "java+nio walkFileTree delete=delete:$jm nio rmtree {src} {dst}" >&2
fi

# ---- 5c. whole processes: start-up, glob, copyfile ----
if part process; then
  log "whole-process start-up (interleaved)"
  startdir="$work/start"; mkdir -p "$startdir"
  for i in $(seq 1 100); do : > "$startdir/f$i"; done
  # what a user has: the module jars and a jar with their own main class
  jar cf "$bin/start.jar" -C "$root/bench/target/classes" org/osprey/bench/StartMain.class
  startcp="$(ls "$root"/api.bundle/target/osprey-api-*.jar | grep -v -- -tests):$(ls "$root"/posix.bundle/target/osprey-posix-*.jar | grep -v -- -tests):$bin/start.jar"
  start=(java -cp "$startcp" org.osprey.bench.StartMain)
  # an application class-data archive, made by one training run (what a distribution ships)
  java -XX:ArchiveClassesAtExit="$bin/start.jsa" -cp "$startcp" org.osprey.bench.StartMain osprey "$startdir" > /dev/null 2>&1
  python3 "$here/scripts/wall.py" --runs "$($quick && echo 3 || echo 20)" --want 100 --out "$out/raw/startup.json" \
    "no-op java=${start[*]} noop" \
    "floor: java + jffi and the libc binding only=${start[*]} natives" \
    "java+Osprey listdir=${start[*]} osprey $startdir" \
    "java+Osprey listdir (AppCDS archive)=java -XX:SharedArchiveFile=$bin/start.jsa -cp $startcp org.osprey.bench.StartMain osprey $startdir" \
    "java+nio Files.list=${start[*]} nio $startdir" \
    "python3 os.listdir=python3 -c 'import os,sys; print(len(os.listdir(sys.argv[1])))' $startdir" \
    "osprey shell os:listdir (java -jar, Felix + every bundle)=java -jar $root/shell.bundle/target/osprey-shell.jar os:listdir $startdir | wc -l" \
    "./osprey os:listdir (the same jar: C1, serial GC, class-data archive)=$root/osprey os:listdir $startdir | wc -l" >&2
  log "start-up to an interactive prompt (interleaved)"
  python3 "$here/scripts/prompt_wall.py" --runs "$($quick && echo 3 || echo 20)" --out "$out/raw/prompt.json" \
    "bare JVM printing a prompt (java, one class)=> =${start[*]} prompt" \
    "osprey shell (java -jar, Felix + every bundle)=g! =java -jar $root/shell.bundle/target/osprey-shell.jar" \
    "./osprey (the same jar: C1, serial GC, class-data archive)=g! =$root/osprey" \
    "python3 -i, os shutil glob subprocess imported=>>> =python3 -i -c 'import os, shutil, glob, subprocess'" >&2
  if part glob; then
    log "whole-process recursive glob (interleaved)"
    python3 "$here/scripts/wall.py" --runs "$($quick && echo 3 || echo 10)" --want "$gwant" --out "$out/raw/glob-wall.json" \
      "java+Osprey glob=java -cp $jar org.osprey.bench.CountMain glob osprey $globtree" \
      "java+Files.find=java -cp $jar org.osprey.bench.CountMain glob files-find $globtree" \
      "python3 glob.glob=python3 -c 'import glob,sys; print(len(glob.glob(\"**/*.txt\", root_dir=sys.argv[1], recursive=True)))' $globtree" \
      "find -L=find -L $globtree -name '.*' -prune -o -name '*.txt' -print | wc -l" >&2
  fi
  if part copyfile; then
    log "whole-process copyfile (interleaved)"
    copyfile_peers "$out/raw/copyfile-wall.json" "$($quick && echo 1 || echo 5)" "$big" ""
  fi
fi

# ---- 5d. memory: a million-entry walk and a big copy, the JVMs in a 64 MiB heap ----
if part memory; then
  log "memory: generating $mem_entries entries and a $mem_mib MiB file"
  python3 "$here/scripts/gen_tree.py" "$work/mem" --entries "$mem_entries" --wide 0 --stat-sample 0 \
    --big-file-mib "$mem_mib" > "$out/memory-manifest.json"
  mwant=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entries"])' "$out/memory-manifest.json")
  walk_peers "$out/raw/memory-walk.json" "$($quick && echo 1 || echo 3)" "$work/mem/tree" "$mwant" "-Xmx64m "
  copyfile_peers "$out/raw/memory-copy.json" "$($quick && echo 1 || echo 3)" "$work/mem/big.bin" "-Xmx64m "
  rm -rf "$work/mem"
fi

# ---- 6. report ----
python3 "$here/scripts/report.py" "$out" --fs "$fsnote" --rounds "$rounds" --quick "$quick" \
  --seconds "$(( $(date +%s) - started ))" --only "$only"

if $profile && walk_data; then
  # where the time goes: allocation and Java stacks (JMH profilers), user vs kernel CPU per call and per walk,
  # the cost of a native call, the cost of the first Os.get(); see docs/BENCHMARKS.md for the reading
  log "profiling (JMH -prof gc/stack, user/sys split, native call cost, start-up)"
  p="$out/profile"; mkdir -p "$p"
  for b in WalkBench.ospreyWalk StatBench.ospreyStat ScandirBench.ospreyScandir WalkBench.nioFilesWalk; do
    java -jar "$jar" "org.osprey.bench.$b\$" -f 1 -wi 3 -i 3 -p statList="$list" -p tree="$tree" -p wide="$wide" \
      -prof gc -prof "stack:lines=12;top=25;detailLine=true" > "$p/${b#*.}.txt" 2>&1 || true
  done
  java -jar "$jar" NativeCallProbe -prof gc > "$p/NativeCallProbe.txt" 2>&1 || true
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
