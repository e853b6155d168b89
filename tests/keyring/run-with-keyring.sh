#!/usr/bin/env bash
# Runs a test under a D-Bus session of its own with an unlocked GNOME keyring, in a temporary
# HOME and XDG_RUNTIME_DIR, so that the real Secret Service path of QtKeychain is exercised and
# nothing of the user's own keyring is touched:
#
#   tests/keyring/run-with-keyring.sh <test-binary> [arguments…]
#
# Never under a display: a keyring call that reaches a locked keyring there opens an unlock
# prompt that nobody answers. Exits 77 (skipped) when dbus-run-session or gnome-keyring-daemon
# is missing.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian packages dbus and gnome-keyring)" >&2
        exit 77
    fi
done

unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
exec dbus-run-session -- bash -c '
    set -euo pipefail
    home=$(mktemp -d) runtime=$(mktemp -d)
    chmod 700 "$runtime"
    export HOME="$home" XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
    # The daemon outlives the bus: end the one started here, found by its runtime folder.
    cleanup() {
        for pid in $(pgrep -u "$(id -u)" gnome-keyring-d || true); do
            if tr "\0" "\n" < "/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$runtime"; then
                kill "$pid" 2>/dev/null || true
            fi
        done
        rm -rf "$home" "$runtime"
    }
    trap cleanup EXIT
    eval "$(printf %s throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    PECADMIN_THROWAWAY_KEYRING=1 "$@"
' run-with-keyring "$@"
