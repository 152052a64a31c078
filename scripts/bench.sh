#!/usr/bin/env bash
# Whole-process benchmark of `torlint check --format json`, reproducible with
# one command: `bash scripts/bench.sh`. Uses hyperfine and /usr/bin/time from
# Debian's packages when installed (apt-get install hyperfine time).
#
# Reports: one-document latency, throughput (documents/s and MB/s) over 1,000
# and 10,000 generated ToRs, the 10k/1k time ratio, peak memory, and the
# speed-up from 1 to 2 threads.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
mkdir -p "$out"
cargo build --release --quiet
cargo build --release --quiet --example corpus
bin=target/release/torlint
gen=target/release/examples/corpus

for n in 1000 10000; do
  if [ ! -d "$out/corpus-$n" ]; then
    "$gen" "$out/corpus-$n" "$n" 42 > /dev/null
  fi
done

bytes() { du -sb "$1" | cut -f1; }
seconds() {   # median wall time of a command, in seconds
  if command -v hyperfine > /dev/null; then
    hyperfine --ignore-failure --style none --warmup 1 --runs "${RUNS:-5}" --export-json "$out/h.json" "$1" > /dev/null
    python3 -c "import json; print(json.load(open('$out/h.json'))['results'][0]['median'])"
  else
    python3 - "$1" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(5):
    t = time.perf_counter()
    subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, check=False)
    runs.append(time.perf_counter() - t)
print(statistics.median(runs))
PY
  fi
}
peak_kb() {
  if [ -x /usr/bin/time ]; then
    { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident/ {print $2}'
  else
    echo "n/a"
  fi
}

one=$(seconds "$bin check --format json fixtures/guinea.md")
t1k=$(seconds "$bin check --format json $out/corpus-1000")
RUNS=3 t10k=$(RUNS=3 seconds "$bin check --format json $out/corpus-10000")
serial=$(RUNS=3 seconds "RAYON_NUM_THREADS=1 $bin check --format json $out/corpus-1000")
parallel=$(RUNS=3 seconds "RAYON_NUM_THREADS=2 $bin check --format json $out/corpus-1000")
b1k=$(bytes "$out/corpus-1000")
b10k=$(bytes "$out/corpus-10000")
rss1k=$(peak_kb "$bin" check --format json "$out/corpus-1000")
rss10k=$(peak_kb "$bin" check --format json "$out/corpus-10000")
rss1=$(peak_kb "$bin" check --format json fixtures/guinea.md)

python3 - "$one" "$t1k" "$t10k" "$serial" "$parallel" "$b1k" "$b10k" "$rss1" "$rss1k" "$rss10k" <<'PY'
import sys
one, t1k, t10k, serial, parallel = map(float, sys.argv[1:6])
b1k, b10k = map(int, sys.argv[6:8])
rss = sys.argv[8:11]
print("| measure | value |")
print("|---|---|")
print(f"| one ToR (guinea.md, 9 KB), median wall | {one*1000:.1f} ms |")
print(f"| 1,000 ToRs ({b1k/1e6:.1f} MB) | {t1k:.2f} s, {1000/t1k:.0f} docs/s, {b1k/t1k/1e6:.1f} MB/s |")
print(f"| 10,000 ToRs ({b10k/1e6:.1f} MB) | {t10k:.2f} s, {10000/t10k:.0f} docs/s, {b10k/t10k/1e6:.1f} MB/s |")
print(f"| 10k / 1k time ratio | {t10k/t1k:.2f} |")
print(f"| peak RSS: 1 ToR / 1k / 10k | {rss[0]} KB / {rss[1]} KB / {rss[2]} KB |")
print(f"| 1 -> 2 threads (1k corpus) | {serial:.2f} s -> {parallel:.2f} s, {serial/parallel:.2f}x |")
PY
