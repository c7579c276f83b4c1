#!/usr/bin/env bash
# Runs a command on a private D-Bus session bus with gnome-keyring's Secret
# Service unlocked, so the platform key store is the real one, as on a desktop.
set -euo pipefail
if [ -z "${CIRCLE_KEYRING_INNER:-}" ]; then
    export CIRCLE_KEYRING_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
# A throwaway home keeps the test keyring away from anyone's real one.
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'circle-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
trap 'rm -rf "$HOME"' EXIT
# The daemon makes its "login" collection a moment after it starts; a command
# that asks for a key before then is told there is no key store. Wait for it
# (at most thirty seconds: on a loaded machine five were once not enough, and
# every test of the run then failed at once; after that the command reports
# the problem itself).
for _ in $(seq 300); do
    if dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
"$@"
