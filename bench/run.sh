#!/usr/bin/env bash
# Benchmark: ItaSite vs Hugo on the same synthetic Thai pages (docs/benchmarks.md says how it measures and holds the results).
# usage: bench/run.sh [N ...]        (default: 100 1000 10000)
# env:   RUNS=3  R2R=1 (publish ReadyToRun; R2R=0 uses a plain Release build)  SERVE_N=10000 (0 skips the serve test)
#        SERVE_EDITS=20 one-page edits, SERVE_GAP=1 s apart  BUILDS=0 skips the build table (serve only)
#        MODES="rebuild cold" (rebuild: previous output present; cold: output folders deleted before every run)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100}"); [ $# -eq 0 ] && SIZES=(100 1000 10000)
RUNS=${RUNS:-3}; MODES=${MODES:-rebuild cold}; R2R=${R2R:-1}; SERVE_N=${SERVE_N:-10000}; SERVE_EDITS=${SERVE_EDITS:-20}; SERVE_GAP=${SERVE_GAP:-1}; BUILDS=${BUILDS:-1}
SHARED=${SHARED:-/work/shared/bench}
CORPUS=${CORPUS:-${TMPDIR:-/tmp}/itasite-benchcorpus}
BIN=${TMPDIR:-/tmp}/itasite-bench-bin
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== publishing itasite (ReadyToRun=$R2R) to $BIN" >&2
dotnet publish generator/ItaSite.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=$([ "$R2R" = 1 ] && echo true || echo false) -o "$BIN" -v q -nologo >&2

echo "== corpus: ${SIZES[*]} pages (kept in $CORPUS; generated when missing)" >&2
missing=(); for n in "${SIZES[@]}"; do [ -f "$CORPUS/$n/stats.json" ] && [ -d "$CORPUS/$n/ita-content" ] || missing+=("$n"); done
if [ ${#missing[@]} -gt 0 ]; then
  python3 "$SHARED/make-corpus.py" "${missing[@]}" --out "$CORPUS" 2>&1 | sed 's/^/   /' >&2
  for n in "${missing[@]}"; do rm -rf "$CORPUS/$n/ita-content"; python3 bench/convert-corpus.py "$CORPUS/$n/content" "$CORPUS/$n/ita-content" 2>/dev/null; done
fi

# measure PREPARE CMD... -> prints "min median peak_rss_mb" from RUNS runs after one warm-up; PREPARE (a shell snippet, or
# "true") runs before each of them, outside the timing
measure() {
  local prepare=$1; shift
  local times=() rss=0 t r
  bash -c "$prepare"; "${@}" >/dev/null 2>&1 || { echo "command failed: $*" >&2; return 1; }
  for _ in $(seq "$RUNS"); do
    bash -c "$prepare"
    /usr/bin/time -f "%e %M" -o ${TMPDIR:-/tmp}/itasite-bench-time "${@}" >/dev/null 2>&1
    read -r t r < ${TMPDIR:-/tmp}/itasite-bench-time
    times+=("$t"); [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '{a[NR]=$1} END {printf "%.2f %.2f %d\n", a[1], a[int((NR+1)/2)], rss/1024}'
}

have_hugo=0; command -v hugo >/dev/null && have_hugo=1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[ "$BUILDS" = 0 ] && SIZES_BUILD=() || SIZES_BUILD=("${SIZES[@]}")
# "rebuild": the output folder of the previous run is there (what an editor or a CI cache sees; Hugo overwrites its public/,
# ItaSite syncs its spare copy and swaps). "cold": both output folders (and ItaSite's spare) are deleted before every run.
for mode in $MODES; do
printf '\n%s builds:\n| N pages | ItaSite wall s (min / median) | ItaSite pages/s | ItaSite peak RSS MB | Hugo wall s (min / median) | Hugo pages/s | Hugo peak RSS MB | wall ratio (ours/Hugo) | RSS ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' "$mode"
for n in "${SIZES_BUILD[@]}"; do
  ours_prep=true; hugo_prep=true
  if [ "$mode" = cold ]; then ours_prep="rm -rf '$CORPUS/$n/ita-out' '$CORPUS/$n/.ita-out.spare'"; hugo_prep="rm -rf '$CORPUS/$n/public'"; fi
  read -r omin omed orss < <(measure "$ours_prep" "$BIN/itasite" build --content "$CORPUS/$n/ita-content" --output "$CORPUS/$n/ita-out")
  ops=$(awk -v n="$n" -v t="$omed" 'BEGIN {printf "%d", n / t}')
  if [ $have_hugo = 1 ]; then
    export HUGO_RESOURCEDIR="$CORPUS/hugo-resources"
    read -r hmin hmed hrss < <(measure "$hugo_prep" hugo --minify=false --quiet --source "$SHARED/hugo-site" --contentDir "$CORPUS/$n/content" --destination "$CORPUS/$n/public")
    hps=$(awk -v n="$n" -v t="$hmed" 'BEGIN {printf "%d", n / t}')
    ratio=$(awk -v a="$omed" -v b="$hmed" 'BEGIN {printf "%.2f", a / b}'); rr=$(awk -v a="$orss" -v b="$hrss" 'BEGIN {printf "%.2f", a / b}')
  else hmin=-; hmed=-; hps=-; hrss=-; ratio=-; rr=-; fi
  printf '| %s | %s / %s | %s | %s | %s / %s | %s | %s | %s | %s |\n' "$n" "$omin" "$omed" "$ops" "$orss" "$hmin" "$hmed" "$hps" "$hrss" "$ratio" "$rr"
done
done
[ $have_hugo = 1 ] || echo "(hugo not installed: apt-get install -y hugo)"

if [ "$SERVE_N" != 0 ] && [ -d "$CORPUS/$SERVE_N/ita-content" ]; then
  work="$CORPUS/serve-$SERVE_N"; rm -rf "$work"; cp -r "$CORPUS/$SERVE_N/ita-content" "$work"
  log=${TMPDIR:-/tmp}/itasite-bench-serve.log
  "$BIN/itasite" serve --content "$work" --port 0 > "$log" 2>&1 & pid=$!
  for _ in $(seq 600); do grep -q "^serving" "$log" && break; sleep 0.2; done
  page=$(find "$work/pages" -name '*.md' | sort | sed -n 10p)
  # one warm-up edit, then SERVE_EDITS measured ones, each appending a line to the same page
  for i in $(seq 0 "$SERVE_EDITS"); do printf '\nแก้ไขครั้งที่ %s\n' "$i" >> "$page"; sleep "$SERVE_GAP"; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo; echo "serve, one-page edit at $SERVE_N pages, over $SERVE_EDITS edits (first edit discarded as warm-up):"
  stats() { sort -n | awk -v what="$1" '{a[NR]=$1} END {if (NR == 0) {print "  no rebuilds seen"; exit} p95=int(NR*0.95+0.999); if (p95>NR) p95=NR; printf "  %-28s n=%d min %d median %d p95 %d max %d ms\n", what, NR, a[1], a[int((NR+1)/2)], a[p95], a[NR]}'; }
  grep -o 'rebuilt after [0-9]* change(s) in [0-9]* ms, cpu [0-9]* ms' "$log" | tail -n +2 > "$log.lines" || true
  sed 's/.* in \([0-9]*\) ms, cpu.*/\1/' "$log.lines" | stats "rebuild wall time"
  sed 's/.*, cpu \([0-9]*\) ms/\1/' "$log.lines" | stats "rebuild CPU time (all cores)"
  echo "  full scans: $(grep -c 'full scan' "$log" || true)"
  grep -o 'rebuilt after .*' "$log" | tail -n 1 | sed 's/^/  last: /'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
