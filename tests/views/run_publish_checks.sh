#!/usr/bin/env bash
# The published sample plans checked as a browser and a validator see them (issue 28): every sample plan and every
# sample network's overview published by the real command line, every page parsed by html5lib (Debian's python3-html5lib) in strict mode, then loaded in
# headless Chromium and checked by axe-core for WCAG 2.1 A and AA and for reflow at 320 px (axe_check.js).
#
#   run_publish_checks.sh ACTIONPLANS_BINARY NODE_MODULES
#
# Exit status 0 when every page passes; 1 when one does not; 2 when a tool is missing (.ci/setup installs them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:?usage: run_publish_checks.sh ACTIONPLANS_BINARY NODE_MODULES}
modules=${2:?usage: run_publish_checks.sh ACTIONPLANS_BINARY NODE_MODULES}
python=${PUBLISH_CHECK_PYTHON:-/usr/bin/python3} # Debian's, which has html5lib
command -v node >/dev/null || { echo "FAIL: node is missing (see .ci/setup)"; exit 2; }
"$python" -c "import html5lib" 2>/dev/null || { echo "FAIL: $python cannot import html5lib: install python3-html5lib"; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/publish_check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_RUNTIME_DIR="$tmp/run" LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$binary" --db "$tmp/plans.handlingsplan" sample >/dev/null
sites=()
while IFS=$'\t' read -r id _; do
    [ "$id" = "id" ] && continue
    "$binary" --db "$tmp/plans.handlingsplan" publish --plan "$id" -o "$tmp/plan-$id" >/dev/null
    sites+=("$tmp/plan-$id")
done < <("$binary" --db "$tmp/plans.handlingsplan" list)
[ ${#sites[@]} -gt 0 ] || { echo "FAIL: no sample plan was published"; exit 1; }
# Each sample network's overview too (its members' plan pages, in plan-ID/, are the ones checked above).
for id in $(sqlite3 "$tmp/plans.handlingsplan" "SELECT id FROM networks ORDER BY id"); do
    "$binary" --db "$tmp/plans.handlingsplan" publish --network "$id" -o "$tmp/network-$id" >/dev/null
    sites+=("$tmp/network-$id")
done

"$python" - "${sites[@]}" <<'PY'
import pathlib, sys
import html5lib
pages, bad = 0, 0
for site in sys.argv[1:]:
    for page in sorted(pathlib.Path(site).glob("*.html")):
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(page.read_bytes(), transport_encoding="utf-8")
        for position, code, data in parser.errors:
            print(f"{page.parent.name}/{page.name}:{position[0]}:{position[1]}: {code} {data}")
            bad += 1
        pages += 1
print(f"{pages} pages parsed by html5lib {html5lib.__version__}; {bad} error(s)")
sys.exit(1 if bad else 0)
PY
node "$here/axe_check.js" "$modules" "${sites[@]}"
