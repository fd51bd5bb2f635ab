#!/usr/bin/env bash
# Benchmark: ItaSite vs Hugo on the same synthetic Thai pages (docs/benchmarks.md says how it measures and holds the results).
# usage: bench/run.sh [N ...]        (default: 100 1000 10000)
# env:   RUNS=3  R2R=1 (the tool package with ReadyToRun code; R2R=0 packs it without)  SERVE_N=10000 (0 skips the serve test)
#        MULTI_N="1000" sizes of the multi-year row (four assessment years vs one, same pages; "" skips it)
#        MULTI_RUNS=max(RUNS,7) alternating pairs of that row
#        SERVE_EDITS=20 one-page edits, SERVE_GAP=1 s apart  BUILDS=0 skips the build table (serve only)
#        MODES="rebuild cold" (rebuild: previous output present; cold: output folders deleted before every run)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100}"); [ $# -eq 0 ] && SIZES=(100 1000 10000)
RUNS=${RUNS:-3}; MULTI_N=${MULTI_N-1000}; MODES=${MODES:-rebuild cold}; R2R=${R2R:-1}; SERVE_N=${SERVE_N:-10000}; SERVE_EDITS=${SERVE_EDITS:-20}; SERVE_GAP=${SERVE_GAP:-1}; BUILDS=${BUILDS:-1}
SHARED=${SHARED:-/work/shared/bench}
CORPUS=${CORPUS:-${TMPDIR:-/tmp}/itasite-benchcorpus}
TMP=${TMPDIR:-/tmp}
# dotnet and mktemp fail on a TMPDIR that does not exist yet (e.g. TMPDIR=/tmp/benchrun on a fresh machine).
mkdir -p "$TMP"
BIN=$TMP/itasite-bench-bin
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The binary measured is the shipped one: the .NET tool package (docs/deploy.md), installed into a tool path. The package
# cache is a private folder so that an older package of the same version is never the one installed.
echo "== packing the itasite tool (ReadyToRun=$R2R) and installing it into $BIN" >&2
rm -rf "$TMP/itasite-bench-pkg" "$TMP/itasite-bench-nuget" "$BIN"
dotnet pack generator/ItaSite.Cli -c Release -o "$TMP/itasite-bench-pkg" -v q -nologo \
  $([ "$R2R" = 1 ] || echo "-p:PublishReadyToRun=false") >&2
NUGET_PACKAGES="$TMP/itasite-bench-nuget" dotnet tool install ItaSite --tool-path "$BIN" --add-source "$TMP/itasite-bench-pkg" >&2

ALL_N=("${SIZES[@]}"); for n in $MULTI_N; do [[ " ${ALL_N[*]} " == *" $n "* ]] || ALL_N+=("$n"); done
echo "== corpus: ${ALL_N[*]} pages (kept in $CORPUS; generated when missing)" >&2
missing=(); for n in "${ALL_N[@]}"; do [ -f "$CORPUS/$n/stats.json" ] && [ -d "$CORPUS/$n/ita-content" ] || missing+=("$n"); done
if [ ${#missing[@]} -gt 0 ]; then
  python3 "$SHARED/make-corpus.py" "${missing[@]}" --out "$CORPUS" 2>&1 | sed 's/^/   /' >&2
  for n in "${missing[@]}"; do rm -rf "$CORPUS/$n/ita-content"; python3 bench/convert-corpus.py "$CORPUS/$n/content" "$CORPUS/$n/ita-content" 2>/dev/null; done
fi
# the multi-year site: the same pages spread over the four years whose frameworks the generator ships
for n in $MULTI_N; do
  [ -d "$CORPUS/$n/ita-content-4y" ] || python3 bench/convert-corpus.py "$CORPUS/$n/content" "$CORPUS/$n/ita-content-4y" \
    --years 2566,2567,2568,2569 --frameworks generator/ItaSite.Generator/Frameworks 2>/dev/null
done

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

# A cold run's output folders are moved into a trash folder, not deleted: on this disk (ext4 without a journal) creating files
# within 30 s of deleting thousands skips over every recently deleted inode, which made a 100-page write stage 0.1 s on a fresh
# folder and 0.8-1.5 s right after `rm -rf` (both tools alike). A fresh clone has deleted nothing; the trash goes at the end.
TRASH="$CORPUS/trash"; rm -rf "$TRASH"; mkdir -p "$TRASH"
aside() { local f out=""; for f in "$@"; do out+="[ ! -e '$f' ] || mv '$f' \"\$(mktemp -d '$TRASH/x.XXXXXX')/\"; "; done; echo "${out:-true}"; }
have_hugo=0; command -v hugo >/dev/null && have_hugo=1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
[ "$BUILDS" = 0 ] && SIZES_BUILD=() || SIZES_BUILD=("${SIZES[@]}")
# "rebuild": the output folder of the previous run is there (what an editor or a CI cache sees; Hugo overwrites its public/,
# ItaSite syncs its spare copy and swaps). "cold": both output folders (and ItaSite's spare) are deleted before every run.
for mode in $MODES; do
printf '\n%s builds:\n| N pages | ItaSite wall s (min / median) | ItaSite pages/s | ItaSite peak RSS MB | Hugo wall s (min / median) | Hugo pages/s | Hugo peak RSS MB | wall ratio (ours/Hugo) | RSS ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' "$mode"
for n in "${SIZES_BUILD[@]}"; do
  ours_prep=true; hugo_prep=true
  if [ "$mode" = cold ]; then ours_prep="$(aside "$CORPUS/$n/ita-out" "$CORPUS/$n/.ita-out.spare")"; hugo_prep="$(aside "$CORPUS/$n/public")"; fi
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

# multi-year: the same N pages as one year (2566: 43 item pages) and as four (2566-2569: 138 item pages, fewer plain pages),
# both cold. The two builds alternate (1 4 1 4 ...) and the ratio is the median of the pair ratios: measured one block after
# the other, a shared machine's drift moved the row by more than the difference it measures (0.43 s vs 0.50 s for the same
# one-year build in one run).
if [ "$BUILDS" != 0 ] && [ -n "$MULTI_N" ]; then
MULTI_RUNS=${MULTI_RUNS:-$(( RUNS > 7 ? RUNS : 7 ))}
printf '\nmulti-year (cold builds, %s alternating pairs):\n| N pages | one year (2566) wall s (min / median) | ms/page | four years (2566-2569) wall s (min / median) | ms/page | peak RSS MB (1 / 4 years) | per-page ratio (4 / 1 years, median of pairs) |\n|---:|---:|---:|---:|---:|---:|---:|\n' "$MULTI_RUNS"
for n in $MULTI_N; do
  pa=$(find "$CORPUS/$n/ita-content" -name '*.md' | wc -l); pb=$(find "$CORPUS/$n/ita-content-4y" -name '*.md' | wc -l)
  prep1="$(aside "$CORPUS/$n/ita-out-1y" "$CORPUS/$n/.ita-out-1y.spare")"; prep4="$(aside "$CORPUS/$n/ita-out-4y" "$CORPUS/$n/.ita-out-4y.spare")"
  one=("$BIN/itasite" build --content "$CORPUS/$n/ita-content" --output "$CORPUS/$n/ita-out-1y")
  four=("$BIN/itasite" build --content "$CORPUS/$n/ita-content-4y" --output "$CORPUS/$n/ita-out-4y")
  bash -c "$prep1"; "${one[@]}" >/dev/null 2>&1 || { echo "command failed: ${one[*]}" >&2; exit 1; }
  bash -c "$prep4"; "${four[@]}" >/dev/null 2>&1 || { echo "command failed: ${four[*]}" >&2; exit 1; }
  pairs=$TMP/itasite-bench-pairs; : > "$pairs"
  for _ in $(seq "$MULTI_RUNS"); do
    bash -c "$prep1"; /usr/bin/time -f "%e %M" -o "$pairs.a" "${one[@]}" >/dev/null 2>&1
    bash -c "$prep4"; /usr/bin/time -f "%e %M" -o "$pairs.b" "${four[@]}" >/dev/null 2>&1
    echo "$(cat "$pairs.a") $(cat "$pairs.b")" >> "$pairs"
  done
  # columns of $pairs: 1y seconds, 1y KiB, 4y seconds, 4y KiB
  awk -v n="$n" -v pa="$pa" -v pb="$pb" '
    function median(v, k,   i, j, t) { for (i = 2; i <= k; i++) { t = v[i]; for (j = i - 1; j > 0 && v[j] > t; j--) v[j+1] = v[j]; v[j+1] = t } return v[int((k+1)/2)] }
    { a[NR] = $1; b[NR] = $3; r[NR] = ($3 / pb) / ($1 / pa); if ($2 > ra) ra = $2; if ($4 > rb) rb = $4 }
    END {
      for (i = 1; i <= NR; i++) { sa[i] = a[i]; sb[i] = b[i] }
      ma = median(sa, NR); mb = median(sb, NR); amin = sa[1]; bmin = sb[1]
      printf "| %s | %.2f / %.2f | %.3f | %.2f / %.2f | %.3f | %d / %d | %.2f |\n", n, amin, ma, 1000 * ma / pa, bmin, mb, 1000 * mb / pb, ra / 1024, rb / 1024, median(r, NR)
    }' "$pairs"
done
fi

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
rm -rf "$TRASH"
