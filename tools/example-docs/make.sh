#!/usr/bin/env bash
# Renders the example agency's 2569 attachments (Thai text PDFs) and the portrait placeholder
# from the HTML files beside this script, with Debian's Chromium (apt-get install chromium fonts-thai-tlwg).
# Usage: bash tools/example-docs/make.sh   (from the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/content/oit/2569/files"
mkdir -p "$out" "$root/content/data/portraits"
for html in "$here"/o*.html; do
  name="$(basename "$html" .html)"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$html" 2>/dev/null
done
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=300,400 \
  --screenshot="$root/content/data/portraits/pending.png" "file://$here/portrait-pending.html" 2>/dev/null
ls -l "$out" "$root/content/data/portraits/pending.png"
