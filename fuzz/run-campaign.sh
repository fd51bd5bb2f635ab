#!/usr/bin/env bash
# Runs a fuzzing campaign in chunks (one process per chunk, so a stack overflow only ends one chunk) and prints the totals.
# usage: fuzz/run-campaign.sh [chunks=10] [inputs-per-chunk=10000] [first-seed=1]
set -uo pipefail
cd "$(dirname "$0")/.."
chunks=${1:-10}; per=${2:-10000}; first=${3:-1}
dotnet build fuzz/ItaSite.Fuzz -c Release -nologo -v q >/dev/null || exit 2
total=0; bad=0
for ((seed = first; seed < first + chunks; seed++)); do
  line=$(dotnet fuzz/ItaSite.Fuzz/bin/Release/net10.0/ItaSite.Fuzz.dll --iterations "$per" --seed "$seed" --findings fuzz/findings 2>>fuzz/findings.log | tail -1)
  echo "$line"
  case "$line" in "fuzz seed"*) total=$((total + per)) ;; *) echo "chunk $seed died (see /tmp/itasite-fuzz-last-input-seed$seed)"; bad=$((bad + 1)) ;; esac
done
echo "campaign: $total inputs in $chunks chunks, $bad chunks died"
