#!/usr/bin/env bash
# Whole-process benchmark of `torlint check --format json` against two
# peers run in the same session, reproducible with one command:
# `bash scripts/bench.sh`. Uses hyperfine and /usr/bin/time from Debian's
# packages when installed (apt-get install hyperfine time), ripgrep when on
# the PATH, and npm to install markdownlint-cli2 into a scratch folder.
#
# Prints one Markdown table: the machine; one-document latency against
# `rg -c -i mandat` on the same file; throughput over 1,000 and 10,000
# generated ToRs with the 10k/1k time ratio and peak memory; the speed-up
# from 1 to 2 threads; torlint against markdownlint-cli2 on the Markdown
# half of the 10,000; the release binary's size.
set -euo pipefail
cd "$(dirname "$0")/.."

MARKDOWNLINT_VERSION=0.24.1
out=target/bench
mkdir -p "$out"
cargo build --release --quiet
cargo build --release --quiet --example corpus
bin=target/release/torlint
gen=target/release/examples/corpus
one=fixtures/guinea.md

for n in 1000 10000; do
  if [ ! -d "$out/corpus-$n" ]; then
    "$gen" "$out/corpus-$n" "$n" 42 > /dev/null
  fi
done
# The Markdown half of the 10,000, as hard links, for markdownlint-cli2.
if [ ! -d "$out/corpus-10000-md" ]; then
  mkdir -p "$out/corpus-10000-md"
  ln "$out"/corpus-10000/*.md "$out/corpus-10000-md/"
fi
lint="$out/npm/node_modules/.bin/markdownlint-cli2"
if [ ! -x "$lint" ] && command -v npm > /dev/null; then
  npm install --silent --prefix "$out/npm" "markdownlint-cli2@$MARKDOWNLINT_VERSION" > /dev/null
fi
# markdownlint-cli2 would read the repository's own configuration upwards
# of the corpus: give it its defaults explicitly.
echo '{}' > "$out/corpus-10000-md/.markdownlint.json"

bytes() { du -sbL "$1" | cut -f1; }
seconds() {   # median wall time of a command, in seconds
  if command -v hyperfine > /dev/null; then
    hyperfine --ignore-failure --style none --warmup "${WARMUP:-1}" --runs "${RUNS:-5}" \
      --export-json "$out/h.json" "$1" > /dev/null
    python3 -c "import json; print(json.load(open('$out/h.json'))['results'][0]['median'])"
  else
    python3 - "$1" "${RUNS:-5}" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(int(sys.argv[2])):
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
    echo 0
  fi
}
na() { echo "-1"; }

t_one=$(RUNS=30 WARMUP=3 seconds "$bin check --format json $one")
if command -v rg > /dev/null; then
  t_rg=$(RUNS=30 WARMUP=3 seconds "rg -c -i mandat $one")
else
  t_rg=$(na)
fi
t1k=$(seconds "$bin check --format json $out/corpus-1000")
t10k=$(RUNS=3 seconds "$bin check --format json $out/corpus-10000")
serial=$(RUNS=3 seconds "RAYON_NUM_THREADS=1 $bin check --format json $out/corpus-1000")
parallel=$(RUNS=3 seconds "RAYON_NUM_THREADS=2 $bin check --format json $out/corpus-1000")
t_md=$(RUNS=3 seconds "$bin check --format json $out/corpus-10000-md")
if [ -x "$lint" ]; then
  t_lint=$(RUNS=3 seconds "$lint '$out/corpus-10000-md/*.md'")
else
  t_lint=$(na)
fi
b1k=$(bytes "$out/corpus-1000")
b10k=$(bytes "$out/corpus-10000")
bmd=$(bytes "$out/corpus-10000-md")
rss1=$(peak_kb "$bin" check --format json "$one")
rss1k=$(peak_kb "$bin" check --format json "$out/corpus-1000")
rss10k=$(peak_kb "$bin" check --format json "$out/corpus-10000")
size=$(stat -c %s "$bin")
machine="$(uname -n), $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$machine" "$t_one" "$t_rg" "$t1k" "$t10k" "$serial" "$parallel" "$t_md" "$t_lint" \
  "$b1k" "$b10k" "$bmd" "$rss1" "$rss1k" "$rss10k" "$size" "$MARKDOWNLINT_VERSION" <<'PY'
import sys
machine = sys.argv[1]
one, rg, t1k, t10k, serial, parallel, t_md, t_lint = map(float, sys.argv[2:10])
b1k, b10k, bmd, rss1, rss1k, rss10k, size = map(int, sys.argv[10:17])
version = sys.argv[17]
mb = lambda b: b / 1e6
print(f"Machine: {machine}\n")
print("| measure | torlint | peer | ratio |")
print("|---|---|---|---|")
peer = f"{rg*1000:.1f} ms (`rg -c -i mandat`)" if rg > 0 else "rg not installed"
ratio = f"{one/rg:.1f}x rg" if rg > 0 else ""
print(f"| one ToR (guinea.md, 9 KB), median wall | {one*1000:.1f} ms | {peer} | {ratio} |")
print(f"| 1,000 ToRs ({mb(b1k):.1f} MB) | {t1k:.2f} s, {1000/t1k:.0f} docs/s, {mb(b1k)/t1k:.1f} MB/s | | |")
print(f"| 10,000 ToRs ({mb(b10k):.1f} MB) | {t10k:.2f} s, {10000/t10k:.0f} docs/s, {mb(b10k)/t10k:.1f} MB/s | | |")
print(f"| 10k / 1k time ratio | {t10k/t1k:.2f} | | |")
print(f"| peak RSS: 1 ToR / 1k / 10k | {rss1/1024:.0f} / {rss1k/1024:.0f} / {rss10k/1024:.0f} MB | | |")
print(f"| 1 -> 2 threads (1k corpus) | {serial:.2f} s -> {parallel:.2f} s, {serial/parallel:.2f}x | | |")
peer = f"{t_lint:.2f} s (markdownlint-cli2 {version})" if t_lint > 0 else "markdownlint-cli2 not installed"
ratio = f"{t_lint/t_md:.1f}x faster" if t_lint > 0 else ""
print(f"| the Markdown half of the 10,000 ({mb(bmd):.1f} MB) | {t_md:.2f} s | {peer} | {ratio} |")
print(f"| release binary | {size/1e6:.1f} MB | | |")
PY
