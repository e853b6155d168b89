#!/usr/bin/python3
"""What a screen reader hears: the window of PEC Admin read through AT-SPI, the tree that Orca
reads on Linux, from outside the program, while the keyboard drives it.

Run by atspi-session.sh, inside a private D-Bus session with the accessibility bus started and
the window already running: atspi_probe.py PID LANGUAGE
"""

import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

# What the window says, in each language: the texts a listener must hear.
TEXTS = {
    "en": {
        "demo": "Open the demo domain",
        "domain label": "Domain:",
        "table": "Mailboxes",
        "address column": "Address",
        "search": "Search mailboxes",
        "status": "Status: Enabled",
        "delete dialog": "Delete Mailbox",
    },
    "it": {
        "demo": "Apri il dominio dimostrativo",
        "domain label": "Dominio:",
        "table": "Caselle",
        "address column": "Indirizzo",
        "search": "Cerca caselle",
        "status": "Stato: Abilitata",
        "delete dialog": "Elimina casella",
    },
}

DEMO_DOMAIN = "pec.example.it"
DEMO_MAILBOXES = 41
# Roles a user reaches with Tab or acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "table", "list", "slider", "page tab", "menu item",
}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


def pump(seconds):
    """Lets AT-SPI events arrive for `seconds`."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def wait_for(what, seconds=20.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            found = what()
        except Exception:  # the tree changes under us while the window works
            found = None
        if found:
            return found
        pump(0.1)
    return None


def walk(accessible, depth=0):
    if accessible is None or depth > 30:
        return
    yield accessible
    role = accessible.getRoleName()
    for index, child in enumerate(accessible):
        # A table's cells are many and alike: the first rows tell enough.
        if role == "table" and index > 60:
            break
        yield from walk(child, depth + 1)


def showing(accessible):
    return accessible.getState().contains(pyatspi.STATE_SHOWING)


def shown(root, role, name=None):
    return [a for a in walk(root) if a.getRoleName() == role and showing(a)
            and (name is None or a.name == name)]


def labels_of(accessible):
    names = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def application(pid):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.get_process_id() == pid and app.childCount:
            return app
    return None


def keys(*names):
    """Keys pressed on the keyboard, into the window that has the focus."""
    subprocess.run(["xdotool", "key", "--delay", "40", *names], check=True)
    pump(0.3)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
    pump(0.3)


def windows_of(pid):
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True)
    return found.stdout.split()


def focus_window(window_id):
    # There is no window manager to give the focus: it is given as one would.
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=True)
    pump(0.2)


def unnamed_interactive(root):
    unnamed = []
    for accessible in walk(root):
        if accessible.getRoleName() not in INTERACTIVE or not showing(accessible):
            continue
        state = accessible.getState()
        if not state.contains(pyatspi.STATE_FOCUSABLE) and accessible.getRoleName() != "push button":
            continue
        if not accessible.name.strip() and not labels_of(accessible):
            unnamed.append(accessible.getRoleName())
    return unnamed


def main():
    pid, language = int(sys.argv[1]), sys.argv[2]
    texts = TEXTS[language]

    app = wait_for(lambda: application(pid))
    if not check(app is not None, "the window never appeared on the accessibility bus"):
        return
    frame = app[0]
    check(frame.name == "PEC Admin", "the first window is named %r, not 'PEC Admin'" % frame.name)

    focused = []

    def on_focus(event):
        try:
            if event.detail1:
                focused.append((event.source.getRoleName(), event.source.name))
        except GLib.Error:  # gone before it was read: a cell of a table being refilled
            pass

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")

    # The welcome page's button, pressed as a screen reader presses it: its action.
    demo = wait_for(lambda: shown(frame, "push button", texts["demo"]))
    if not check(demo, "no button %r on the welcome page" % texts["demo"]):
        return
    demo[0].queryAction().doAction(0)

    table = wait_for(lambda: [t for t in shown(frame, "table")
                              if t.queryTable().nRows == DEMO_MAILBOXES])
    if not check(table, "the demo domain's %d mailboxes never showed in a table" % DEMO_MAILBOXES):
        return
    table = table[0]
    check(table.name == texts["table"], "the table is named %r" % table.name)
    check(table.queryTable().getColumnDescription(0) == texts["address column"],
          "the first column is %r" % table.queryTable().getColumnDescription(0))
    check(frame.name == "PEC Admin — " + DEMO_DOMAIN, "the window is named %r" % frame.name)

    # The domain picker: Orca says its label, then its value.
    combos = shown(frame, "combo box")
    check(len(combos) == 1, "%d domain pickers" % len(combos))
    if combos:
        check(texts["domain label"] in labels_of(combos[0]),
              "the domain picker is labelled by %r" % labels_of(combos[0]))
        check(combos[0].name == DEMO_DOMAIN, "the domain picker says %r" % combos[0].name)

    search = shown(frame, "text", texts["search"])
    check(search, "no search field named %r" % texts["search"])
    check(not unnamed_interactive(frame), "unnamed: %s" % unnamed_interactive(frame))

    # The keyboard alone: find a mailbox, go to the table, select it; each step is heard.
    main_windows = windows_of(pid)
    if not check(len(main_windows) == 1, "%d windows instead of one" % len(main_windows)):
        return
    focus_window(main_windows[0])
    keys("ctrl+f")
    type_text("mario.rossi")
    check(wait_for(lambda: table.queryTable().nRows == 1), "the search did not leave one row")
    keys("Tab", "Home", "space")
    address = "mario.rossi@" + DEMO_DOMAIN
    check(wait_for(lambda: ("table cell", address) in focused),
          "the selected mailbox was never announced: %s" % focused)
    check(("text", texts["search"]) in focused, "the search field was never announced: %s" % focused)

    # The details pane reads each value with its label.
    check(wait_for(lambda: shown(frame, "label", texts["status"])),
          "the details pane does not say %r" % texts["status"])

    # Delete, the address typed, Enter: the dialog is heard, and the mailbox goes.
    keys("Delete")
    dialog = wait_for(lambda: [d for d in shown(app, "dialog")])
    if not check(dialog, "the Delete dialog never appeared"):
        return
    dialog = dialog[0]
    check(dialog.name == texts["delete dialog"], "the Delete dialog is named %r" % dialog.name)
    check(not unnamed_interactive(dialog), "unnamed in the Delete dialog: %s" % unnamed_interactive(dialog))
    field = wait_for(lambda: [t for t in shown(dialog, "text")
                              if t.getState().contains(pyatspi.STATE_FOCUSED)])
    if check(field, "the confirmation field does not have the focus"):
        check(labels_of(field[0]) or field[0].name, "the confirmation field is not named")
    dialog_windows = [w for w in windows_of(pid) if w not in main_windows]
    if not check(len(dialog_windows) == 1, "the Delete dialog is not one window of its own"):
        return
    focus_window(dialog_windows[0])
    type_text(address)
    keys("Return")
    check(wait_for(lambda: not shown(app, "dialog")), "the Delete dialog did not close on Enter")
    focus_window(main_windows[0])
    keys("ctrl+f", "ctrl+a", "BackSpace")
    check(wait_for(lambda: table.queryTable().nRows == DEMO_MAILBOXES - 1),
          "the table does not show %d mailboxes after the deletion" % (DEMO_MAILBOXES - 1))


if __name__ == "__main__":
    main()
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("PASS: the window read through AT-SPI, in %s" % sys.argv[2])
