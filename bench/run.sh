#!/usr/bin/env bash
# Benchmark: ItaSite vs Hugo on the same synthetic Thai pages (see README "Benchmark").
# usage: bench/run.sh [N ...]        (default: 100 1000 10000)
# env:   RUNS=3  R2R=1 (publish ReadyToRun; R2R=0 uses a plain Release build)  SERVE_N=10000 (0 skips the serve test)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100}"); [ $# -eq 0 ] && SIZES=(100 1000 10000)
RUNS=${RUNS:-3}; R2R=${R2R:-1}; SERVE_N=${SERVE_N:-10000}
SHARED=${SHARED:-/work/shared/bench}
CORPUS=${CORPUS:-${TMPDIR:-/tmp}/itasite-benchcorpus}
BIN=${TMPDIR:-/tmp}/itasite-bench-bin
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== publishing itasite (ReadyToRun=$R2R) to $BIN" >&2
dotnet publish generator/ItaSite.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=$([ "$R2R" = 1 ] && echo true || echo false) -o "$BIN" -v q -nologo >&2

echo "== corpus: ${SIZES[*]} pages" >&2
python3 "$SHARED/make-corpus.py" "${SIZES[@]}" --out "$CORPUS" 2>&1 | sed 's/^/   /' >&2
for n in "${SIZES[@]}"; do python3 bench/convert-corpus.py "$CORPUS/$n/content" "$CORPUS/$n/ita-content" 2>/dev/null; done

# measure LABEL N CMD... -> prints "min median peak_rss_mb" from RUNS runs after one warm-up
measure() {
  local times=() rss=0 t r
  "${@}" >/dev/null 2>&1 || { echo "command failed: $*" >&2; return 1; }
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o /tmp/itasite-bench-time "${@}" >/dev/null 2>&1
    read -r t r < /tmp/itasite-bench-time
    times+=("$t"); [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '{a[NR]=$1} END {printf "%.2f %.2f %d\n", a[1], a[int((NR+1)/2)], rss/1024}'
}

have_hugo=0; command -v hugo >/dev/null && have_hugo=1
printf '\n| N pages | ItaSite wall s (min / median) | ItaSite pages/s | ItaSite peak RSS MB | Hugo wall s (min / median) | Hugo pages/s | Hugo peak RSS MB | wall ratio (ours/Hugo) | RSS ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${SIZES[@]}"; do
  read -r omin omed orss < <(measure "$BIN/itasite" build --content "$CORPUS/$n/ita-content" --output "$CORPUS/$n/ita-out")
  ops=$(awk -v n="$n" -v t="$omed" 'BEGIN {printf "%d", n / t}')
  if [ $have_hugo = 1 ]; then
    export HUGO_RESOURCEDIR="$CORPUS/hugo-resources"
    read -r hmin hmed hrss < <(measure hugo --minify=false --quiet --source "$SHARED/hugo-site" --contentDir "$CORPUS/$n/content" --destination "$CORPUS/$n/public")
    hps=$(awk -v n="$n" -v t="$hmed" 'BEGIN {printf "%d", n / t}')
    ratio=$(awk -v a="$omed" -v b="$hmed" 'BEGIN {printf "%.2f", a / b}'); rr=$(awk -v a="$orss" -v b="$hrss" 'BEGIN {printf "%.2f", a / b}')
  else hmin=-; hmed=-; hps=-; hrss=-; ratio=-; rr=-; fi
  printf '| %s | %s / %s | %s | %s | %s / %s | %s | %s | %s | %s |\n' "$n" "$omin" "$omed" "$ops" "$orss" "$hmin" "$hmed" "$hps" "$hrss" "$ratio" "$rr"
done
[ $have_hugo = 1 ] || echo "(hugo not installed: apt-get install -y hugo)"

if [ "$SERVE_N" != 0 ] && [ -d "$CORPUS/$SERVE_N/ita-content" ]; then
  work="$CORPUS/serve-$SERVE_N"; rm -rf "$work"; cp -r "$CORPUS/$SERVE_N/ita-content" "$work"
  log=/tmp/itasite-bench-serve.log
  "$BIN/itasite" serve --content "$work" --port 0 > "$log" 2>&1 & pid=$!
  for _ in $(seq 600); do grep -q "^serving" "$log" && break; sleep 0.2; done
  page=$(find "$work/pages" -name '*.md' | sort | sed -n 10p)
  for i in 1 2 3 4 5 6; do printf '\nแก้ไขครั้งที่ %s\n' "$i" >> "$page"; sleep 1.5; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo; echo "serve, one-page edit at $SERVE_N pages (ms, 6 edits; the first warms up):"
  grep -o 'rebuilt after [0-9]* change(s) in [0-9]* ms.*' "$log" | sed 's/^/  /'
fi
