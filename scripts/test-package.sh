#!/usr/bin/env bash
# Makes the .deb from a build folder, checks it with lintian, installs it with apt-get, and
# runs the installed programs: pecadmin-cli --version, a create, list and delete on a scratch
# store, the printed history report (which the lean pecadmin-cli has the full program, in
# /usr/libexec/pecadmin, write), the manual pages and completions, and the desktop application without a screen
# (offscreen), whose window it saves as a picture in English and in Italian.
#
#   scripts/test-package.sh [BUILD_FOLDER]     (build-tests by default, as scripts/test.sh makes it)
#
# The build folder should be built with debug information (RelWithDebInfo): the package holds
# the binaries stripped, and pecadmin-dbgsym their debug symbols. The package is removed again
# at the end unless PECADMIN_KEEP_PACKAGE=1. Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build-tests}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

started=$SECONDS
last=$SECONDS
step() {
    echo "test-package.sh: $1 ($((SECONDS - last)) s, $((SECONDS - started)) s in all)" >&2
    last=$SECONDS
}
fail() {
    echo "test-package.sh: FAILED: $1" >&2
    exit 1
}

missing=()
for package in lintian dpkg-dev man-db; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
step "tools"

# The package.
rm -f "$build"/pecadmin_*.deb "$build"/pecadmin-dbgsym_*.ddeb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$build"/pecadmin_*.deb)
step "cpack made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p' >&2

# lintian: no error and no warning (the overrides, with their reasons, are in
# packaging/debian/lintian-overrides, installed with the package).
lintian --fail-on error,warning --display-info "$deb" >&2 || fail "lintian"
step "lintian"

$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null || fail "apt-get install"
remove() {
    if [ "${PECADMIN_KEEP_PACKAGE:-0}" != 1 ]; then
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q pecadmin >/dev/null 2>&1 || true
    fi
}
trap remove EXIT
step "apt-get install"

# The installed programs, in a scratch home: nothing of the user's is touched.
scratch=$(mktemp -d)
trap 'remove; rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM PECADMIN_STORE PECADMIN_PASSWORD
export LC_ALL=C.UTF-8 LANG=C.UTF-8
cli=/usr/bin/pecadmin-cli
gui=/usr/bin/pecadmin
version=$(dpkg-query -W -f='${Version}' pecadmin)
version=${version%-*}

[ "$($cli --version)" = "pecadmin-cli $version" ] || fail "pecadmin-cli --version says $($cli --version)"
$cli --json --version | grep -q '"major": ' || fail "pecadmin-cli --json --version"
store=$scratch/store.sqlite
$cli --store "$store" demo >/dev/null || fail "pecadmin-cli demo"
$cli --store "$store" create prova.pacchetto@pec.example.it --quota-mb 100 --generate-password >/dev/null \
    || fail "pecadmin-cli create"
$cli --store "$store" list pec.example.it --filter prova.pacchetto | grep -q "prova.pacchetto@pec.example.it" \
    || fail "pecadmin-cli list after create"
$cli --store "$store" delete prova.pacchetto@pec.example.it --yes >/dev/null || fail "pecadmin-cli delete"
if $cli --store "$store" list pec.example.it --filter prova.pacchetto | grep -q "prova.pacchetto@"; then
    fail "pecadmin-cli list after delete"
fi
# The lean pecadmin-cli links no QtGui, QtNetwork or keyring; the printed report needs QtGui,
# so it runs the full program, installed apart.
needed=$(objdump -p "$cli" | grep -E '^ *NEEDED ') || fail "objdump -p $cli"
if grep -E 'lib(Qt6Gui|Qt6Network|Qt6DBus|qt6keychain)' <<<"$needed"; then
    fail "$cli links libraries that only the full program needs"
fi
report=$($cli --json --store "$store" audit export pec.example.it "$scratch/report.pdf" --pdf) \
    || fail "pecadmin-cli audit export --pdf (through the full program)"
[[ $report == *'"entries": '* ]] || fail "pecadmin-cli audit export --pdf says: $report"
[ "$(head -c 5 "$scratch/report.pdf")" = "%PDF-" ] || fail "pecadmin-cli audit export --pdf wrote no PDF"
typo=$(LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 $cli lsit 2>&1 || true)
[[ $typo == *"Forse intendevi “list”"* ]] || fail "pecadmin-cli in Italian says: $typo"
step "pecadmin-cli"

for page in pecadmin pecadmin-cli; do
    man -w "$page" >/dev/null || fail "no manual page $page(1)"
    LANG=it_IT.UTF-8 man -w -L it "$page" | grep -q "/it/" || fail "no Italian manual page $page(1)"
done
bash -c 'source /usr/share/bash-completion/completions/pecadmin-cli && complete -p pecadmin-cli' >/dev/null \
    || fail "bash completion"
[ -f /usr/share/zsh/vendor-completions/_pecadmin-cli ] || fail "zsh completion"
step "manual pages and completions"

# The desktop application: --help and --version without a display, then its window, offscreen.
[ "$($gui --version)" = "pecadmin $version" ] || fail "pecadmin --version"
$gui --help | head -1 | grep -q "^Usage: pecadmin" || fail "pecadmin --help"
LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 $gui --help | head -1 | grep -q "^Uso: pecadmin" || fail "pecadmin --help in Italian"
shots=$build/package-screenshots
mkdir -p "$shots"
for language in en it; do
    locale=C.UTF-8
    [ "$language" = it ] && locale=it_IT.UTF-8
    rm -f "$shots/main-$language.png"
    LC_ALL=$locale LANG=$locale QT_QPA_PLATFORM=offscreen \
        timeout 120 $gui --screenshot "$shots/main-$language.png" --store "$store" \
        || fail "pecadmin --screenshot in $language"
    [ "$(head -c 4 "$shots/main-$language.png" | od -An -c | tr -d ' ')" = '211PNG' ] \
        || fail "pecadmin --screenshot in $language made no PNG"
done
step "pecadmin, offscreen: $shots/main-en.png and main-it.png"

echo "test-package.sh: the package installs and works ($((SECONDS - started)) s)" >&2
