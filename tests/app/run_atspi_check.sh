#!/usr/bin/env bash
# Universal design (issue 27): the real window, in bokmål on a file with the sample plans, read through AT-SPI the way
# the Orca screen reader reads it (atspi_check.py), under Xvfb and a D-Bus session of its own.
#
#   run_atspi_check.sh ACTIONPLANS_BINARY TRANSLATIONS/actionplans_nb.ts
#
# Never touches the user's settings, data, display or session bus: everything lives in a temporary folder that is
# removed afterwards. Exit status: atspi_check.py's (0 passed, 1 something missing, 2 app not found or crashed), 2 when
# a tool is missing or the app ended by itself. Needs python3-pyatspi, at-spi2-core, dbus-daemon, dbus-bin, xvfb, xauth.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${ATSPI_PYTHON:-/usr/bin/python3} # Debian's python, which has pyatspi (not a virtualenv's or pyenv's)

# Inside the session and the display (run_atspi_check.sh --inside BINARY TS FILE): start the app, check it, end it.
if [ "${1:-}" = "--inside" ]; then
    binary=$2 ts=$3 file=$4
    export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
    # The sanitized build (.ci/sanitized): libxkbcommon-x11 (xkb_x11_keymap_new_from_device) copies the X server's
    # atom names with strndup from a reply buffer without a terminating NUL — within the length it is given, so
    # fine, but AddressSanitizer's strict_string_checks reads on to a NUL and reports an overflow in that library on
    # every start under X. Only the strict string checks are turned off, and only for the app under X; every other
    # check stays on, and every other test keeps them.
    if [ -n "${ASAN_OPTIONS:-}" ]; then
        export ASAN_OPTIONS="${ASAN_OPTIONS//strict_string_checks=1/strict_string_checks=0}"
    fi
    # The accessibility bus (at-spi-bus-launcher, by D-Bus activation) is up before the app looks for it.
    if ! timeout 15 dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus \
        org.a11y.Bus.GetAddress >/dev/null; then
        echo "FAIL: the accessibility bus (org.a11y.Bus, from at-spi2-core) did not start"
        exit 2
    fi
    "$binary" "$file" >"$ATSPI_CHECK_TMP/app.log" 2>&1 &
    app=$!
    trap 'kill -TERM "$app" 2>/dev/null || true' EXIT
    status=0
    "$python" "$here/atspi_check.py" --pid "$app" --ts "$ts" --timeout 20 2>&1 || status=$?
    code=0
    if [ -r "/proc/$app/stat" ] && ! awk '{ exit ($3 == "Z") ? 0 : 1 }' "/proc/$app/stat"; then
        kill -TERM "$app"
        wait "$app" || code=$?
    else
        wait "$app" || code=$?
        echo "FAIL: the app ended by itself during the check, exit status $code$([ "$code" -gt 128 ] &&
            echo " (signal $((code - 128)))")"
        [ "$status" -ne 0 ] || status=2
    fi
    trap - EXIT
    if [ "$status" -ne 0 ]; then
        echo "--- the app's output:"
        cat "$ATSPI_CHECK_TMP/app.log"
    fi
    exit "$status"
fi

binary=${1:?usage: run_atspi_check.sh ACTIONPLANS_BINARY TRANSLATIONS/actionplans_nb.ts}
ts=${2:?usage: run_atspi_check.sh ACTIONPLANS_BINARY TRANSLATIONS/actionplans_nb.ts}
for tool in dbus-run-session dbus-send xvfb-run xauth Xvfb timeout awk; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (see .ci/setup)"; exit 2; }
done
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "FAIL: at-spi2-core is missing (see .ci/setup)"; exit 2; }
"$python" -c "import pyatspi" 2>/dev/null ||
    { echo "FAIL: $python cannot import pyatspi: install python3-pyatspi"; exit 2; }
[ -x "$binary" ] || { echo "FAIL: no app at $binary"; exit 2; }
[ -r "$ts" ] || { echo "FAIL: no translation file at $ts"; exit 2; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
ts=$(cd "$(dirname "$ts")" && pwd)/$(basename "$ts")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/atspi_check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# A home of its own, set before the session bus starts: the services it starts (the accessibility bus, its registry)
# take their environment, and with it where they put their sockets.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run" ATSPI_CHECK_TMP="$tmp" \
    LC_ALL=C.UTF-8 LANG=C.UTF-8 PYTHONIOENCODING=utf-8
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY SESSION_MANAGER QT_QPA_PLATFORM
mkdir -p "$XDG_CONFIG_HOME/Handlingsplaner" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# QSettings of organisation "Handlingsplaner", application "actionplans" (app/main.cpp): bokmål, and no welcome dialog.
printf '[ui]\nlanguage=nb\n\n[welcome]\nshown=true\n' >"$XDG_CONFIG_HOME/Handlingsplaner/actionplans.conf"
file="$tmp/plans.handlingsplan"
if ! "$binary" --db "$file" sample >"$tmp/sample.log" 2>&1; then
    echo "FAIL: \`actionplans --db FILE sample\` failed:"
    cat "$tmp/sample.log"
    exit 2
fi

status=0
timeout --kill-after=5 90 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    "$here/run_atspi_check.sh" --inside "$binary" "$ts" "$file" 2>"$tmp/session.log" || status=$?
if [ "$status" -ne 0 ]; then
    [ "$status" -ne 124 ] || echo "FAIL: timed out after 90 s"
    echo "--- the session's output (D-Bus, the accessibility bus, Xvfb):"
    cat "$tmp/session.log"
fi
exit "$status"
