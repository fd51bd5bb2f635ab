#!/usr/bin/env bash
# Upload a built ItaSite site to shared hosting with rsync over SSH (or sftp when the host offers no rsync).
#
#   deploy/shared-hosting/upload.sh user@host:public_html/ita [output]
#
# Uploads the *contents* of the output folder (default: output) and deletes files on the host that the build no longer has.
# Never uploads .output.spare (it sits beside output/, not in it), the .itasite-output marker, content/ or reports/.
# ITASITE_UPLOAD=sftp uses sftp (no deletions: remove stale files by hand). ITASITE_DRY_RUN=1 only lists what would change.
set -euo pipefail

target="${1:?usage: upload.sh user@host:path/on/host [output-folder]}"
output="${2:-output}"
[ -f "$output/index.html" ] && [ -f "$output/.itasite-output" ] || { echo "upload: '$output' is not an ItaSite output folder (run itasite build first)" >&2; exit 1; }

case "${ITASITE_UPLOAD:-rsync}" in
  rsync)
    dry=(); [ "${ITASITE_DRY_RUN:-0}" = 1 ] && dry=(--dry-run)
    # --delay-updates: new files appear together at the end; checksums, not times, decide what changed (builds rewrite times)
    rsync -rlz --checksum --delete --delay-updates --itemize-changes "${dry[@]}" \
      --exclude='.itasite-output' --exclude='.output.spare' --exclude='.output.*' \
      --chmod=D755,F644 "$output"/ "$target"/
    ;;
  sftp)
    host="${target%%:*}"; path="${target#*:}"
    batch=$(mktemp); trap 'rm -f "$batch"' EXIT
    { echo "-mkdir $path"; echo "cd $path"; echo "lcd $output"
      find "$output" -mindepth 1 -type d ! -name '.*' -printf '%P\n' | sort | sed 's/^/-mkdir /'
      find "$output" -type f ! -name '.itasite-output' -printf '%P\n' | sort | sed 's/^/put /'; } >"$batch"
    if [ "${ITASITE_DRY_RUN:-0}" = 1 ]; then cat "$batch"; else sftp -b "$batch" "$host"; fi
    ;;
  *) echo "upload: ITASITE_UPLOAD must be rsync or sftp" >&2; exit 2 ;;
esac
