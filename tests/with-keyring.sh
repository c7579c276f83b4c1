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
# The daemon takes the Secret Service name on the bus, and then makes its
# unlocked "login" collection, a moment after it starts. Wait for both (at
# most thirty seconds; after that the command reports the problem itself).
# Only ask for the collection once the name is owned: a call to an unowned
# name makes the bus start a second daemon of its own, which has no unlocked
# collection and wants a password prompt no one can answer, and then every
# key store test of the run fails at once.
secret_service_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
for _ in $(seq 300); do
    if secret_service_owned && dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
"$@"
