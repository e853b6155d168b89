#!/usr/bin/env bash
# Installs what PEC Admin needs to build, run and test on Debian 12, from Debian's archive.
set -euo pipefail

packages=(
    cmake g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-psql libsqlite3-dev libqt6svg6 qt6-qpa-plugins
    libsodium-dev qtkeychain-qt6-dev
    qt6-base-private-dev
)
if [ "${1:-}" = "--tests" ]; then
    # Tests also use Dovecot (to verify password hashes, log in on a store and deliver mail), pdftotext and
    # sqlite3; clang-format and clang-tidy check the sources; zsh and man run the completions and
    # the manual pages; the package is made with dpkg-dev (dpkg-shlibdeps) and checked with lintian.
    # The sanitizer run and the fuzzers (scripts/sanitize.sh) build with clang-14 and its
    # libFuzzer, through ccache where a cache is kept between runs.
    packages+=(clang-14 libfuzzer-14-dev ccache)
    # Qt's own SQLite driver: the tests hold the program's driver to it, and read the files the
    # program wrote through it.
    packages+=(libqt6sql6-sqlite)
    # The window is read as a screen reader reads it: AT-SPI on a private X display, driven
    # by the keyboard (tests/accessibility).
    packages+=(at-spi2-core python3-pyatspi xdotool)
    packages+=(zsh man-db dpkg-dev lintian clang-format clang-tidy dbus gnome-keyring dovecot-core dovecot-sqlite dovecot-pgsql dovecot-lmtpd dovecot-imapd poppler-utils postgresql sqlite3 xauth xvfb qt6-httpserver-dev qt6-websockets-dev openssl)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
