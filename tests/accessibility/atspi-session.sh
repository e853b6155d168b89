#!/bin/bash
# Starts the window of PEC Admin on a new store, in LANGUAGE (en or it), with the accessibility
# bus of a private D-Bus session on a private X display, and reads it as a screen reader does
# (atspi_probe.py). Usage: atspi-session.sh PECADMIN LANGUAGE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PECADMIN_IN_SESSION:-}" ]; then
    for tool in xvfb-run dbus-run-session xdotool /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" >/dev/null || { echo "missing: $tool (scripts/install-dependencies.sh installs it)"; exit 1; }
    done
    /usr/bin/python3 -c 'import pyatspi' || { echo "missing: python3-pyatspi"; exit 1; }
    export PECADMIN_IN_SESSION=1
    exec xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" dbus-run-session -- "$0" "$@"
fi

app=$1
language=$2
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
# The window takes its language from the environment, as on a user's desktop.
case $language in
    it) locale=it_IT.UTF-8 ;;
    *) locale=en_GB.UTF-8 ;;
esac

/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
# The accessibility bus answers before the window starts, so that the window joins it.
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.1
done
env LANG=$locale LC_ALL=$locale LANGUAGE="$language" "$app" --store "$work/store.sqlite" >"$work/app.log" 2>&1 &
app_pid=$!
status=0
/usr/bin/python3 "$here/atspi_probe.py" "$app_pid" "$language" || status=$?
if [ $status -ne 0 ]; then
    echo "--- the window's output:"
    cat "$work/app.log"
fi
exit $status
