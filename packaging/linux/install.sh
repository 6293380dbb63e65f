#!/bin/sh
# Install Press Contacts for you alone, from the folder this script is in (the unpacked
# archive); no administrator rights, no Python needed.
#
#   ./install.sh              install, or upgrade an earlier install in place
#   ./install.sh --uninstall  remove what install.sh installed, and nothing else
#
# Where things go (XDG_DATA_HOME is respected; it defaults to ~/.local/share):
#   ~/.local/lib/press-contacts/       the program (and install-manifest.txt)
#   ~/.local/bin/press-contacts        a link to it, for the command line
#   $XDG_DATA_HOME/applications/       the menu entry (org.presscontacts.PressContacts.desktop)
#   $XDG_DATA_HOME/icons/hicolor/      the icon, 16 to 512 pixels and scalable
#   $XDG_DATA_HOME/metainfo/           the AppStream description, for software centres
#
# Your contacts, settings and backups live in the data folder,
# $XDG_DATA_HOME/press-contacts; neither install nor uninstall ever touches it.
set -eu

APP_ID=org.presscontacts.PressContacts
NAME=press-contacts

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

[ -n "${HOME:-}" ] || fail "HOME is not set"
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac  # the spec: absolute or unset
lib_dir=$HOME/.local/lib/$NAME
bin_dir=$HOME/.local/bin
manifest=$lib_dir/install-manifest.txt
data_dir=$data_home/$NAME

# The manifest lists, one a line, "file PATH" for each file or link installed outside the
# program's folder and "dir PATH" for each folder that install.sh created.
new_manifest=

record() { new_manifest="$new_manifest$1 $2
"; }

# Create a folder and its missing parents, recording each one created.
make_dir() {
    [ -d "$1" ] && return 0
    make_dir "$(dirname -- "$1")"
    mkdir -- "$1"
    record dir "$1"
}

# The folders an earlier install created stay recorded, so that an uninstall after an
# upgrade still removes them.
keep_recorded_dirs() {
    [ -f "$manifest" ] || return 0
    while IFS= read -r line; do
        case $line in "dir "*) record dir "${line#dir }" ;; esac
    done < "$manifest"
}

install_file() {  # SOURCE TARGET MODE
    make_dir "$(dirname -- "$2")"
    cp -- "$1" "$2.partial"
    chmod "$3" "$2.partial"
    mv -f -- "$2.partial" "$2"
    record file "$2"
}

# The desktop entry's Exec and TryExec name the installed program by its full path.
# Exec quotes it (escaping \ " ` $ as the Desktop Entry spec asks, then \ once more as
# every desktop-file string does); TryExec is a plain string.
write_desktop_entry() {  # TARGET
    executable=$lib_dir/$NAME
    exec_path=$(printf '%s' "$executable" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
    try_path=$(printf '%s' "$executable" | sed -e 's/\\/\\\\/g')
    make_dir "$(dirname -- "$1")"
    EXEC_PATH="\"$exec_path\"" TRY_PATH="$try_path" awk '
        /^Exec=/ { sub(/^Exec=[^ ]*/, ""); print "Exec=" ENVIRON["EXEC_PATH"] $0; next }
        /^TryExec=/ { print "TryExec=" ENVIRON["TRY_PATH"]; next }
        { print }
    ' "$here/$APP_ID.desktop" > "$1.partial"
    chmod 644 "$1.partial"
    mv -f -- "$1.partial" "$1"
    record file "$1"
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data_home/applications" ]; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data_home/icons/hicolor" ]; then
        gtk-update-icon-cache -q -f -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}

do_install() {
    [ -x "$here/$NAME/$NAME" ] || fail "$here/$NAME/$NAME is missing: run install.sh from the unpacked archive"
    case $lib_dir in *'
'*) fail "a folder name with a line break is not supported" ;; esac
    upgrade=no
    [ -f "$manifest" ] && upgrade=yes
    keep_recorded_dirs

    # The program: copied beside the old one, then swapped in.
    make_dir "$(dirname -- "$lib_dir")"
    staging=$lib_dir.new.$$
    rm -rf -- "$staging"
    cp -R -- "$here/$NAME" "$staging"
    rm -rf -- "$lib_dir"
    mv -- "$staging" "$lib_dir"

    make_dir "$bin_dir"
    ln -sfn -- "$lib_dir/$NAME" "$bin_dir/$NAME"
    record file "$bin_dir/$NAME"

    write_desktop_entry "$data_home/applications/$APP_ID.desktop"
    for png in "$here"/icons/"$NAME"-*.png; do
        size=${png##*/$NAME-}
        size=${size%.png}
        install_file "$png" "$data_home/icons/hicolor/${size}x${size}/apps/$APP_ID.png" 644
    done
    install_file "$here/icons/$NAME.svg" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg" 644
    install_file "$here/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml" 644

    printf '%s' "$new_manifest" > "$manifest"
    refresh_caches

    if [ "$upgrade" = yes ]; then say "Upgraded Press Contacts in $lib_dir."; else say "Installed Press Contacts in $lib_dir."; fi
    say "It is in your applications menu; from a terminal: $bin_dir/$NAME"
    case ":${PATH:-}:" in
        *":$bin_dir:"*) ;;
        *) say "($bin_dir is not in your PATH: add it to run '$NAME' by name.)" ;;
    esac
    say "Your data folder is $data_dir; ./install.sh --uninstall leaves it as it is."
}

do_uninstall() {
    [ -f "$manifest" ] || fail "Press Contacts is not installed in $lib_dir (no install-manifest.txt there)"
    dirs=
    while IFS= read -r line; do
        case $line in
            "file "*)
                path=${line#file }
                if [ -f "$path" ] || [ -L "$path" ]; then rm -f -- "$path"; fi
                ;;
            "dir "*)
                dirs="${line#dir }
$dirs"  # newest first, so that a folder goes before the folder it was made in
                ;;
        esac
    done < "$manifest"
    rm -rf -- "$lib_dir"
    # The caches that update-desktop-database and gtk-update-icon-cache wrote in folders
    # install.sh created go with them; elsewhere they are refreshed.
    while IFS= read -r dir; do
        [ -n "$dir" ] || continue
        case $dir in
            "$data_home/applications") rm -f -- "$dir/mimeinfo.cache" ;;
            "$data_home/icons/hicolor") rm -f -- "$dir/icon-theme.cache" ;;
        esac
    done <<EOF
$dirs
EOF
    while IFS= read -r dir; do
        [ -n "$dir" ] && [ -d "$dir" ] && rmdir -- "$dir" 2>/dev/null || true
    done <<EOF
$dirs
EOF
    refresh_caches
    say "Removed Press Contacts from $lib_dir, its menu entry, icons and command link."
    say "Your data folder $data_dir was left as it is: delete it yourself to remove your contacts."
}

case ${1:-} in
    "") do_install ;;
    --uninstall) do_uninstall ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) fail "unknown option $1 (use --uninstall, or nothing to install)" ;;
esac
