#!/usr/bin/python3
"""Universal design (issue 27): the running window read through AT-SPI, the way Orca reads it.

Started by run_atspi_check.sh, with the app already running (in bokmål, on a file with the sample plans) under Xvfb and
a D-Bus session whose accessibility bus is up. Finds the app by its process id in the AT-SPI desktop, walks its tree
and checks that a screen-reader user finds, by role and bokmål name:

  1. the main window: a frame whose name holds the app's title ("Action Plans");
  2. the navigator: its filter field ("Find in the navigator") and its tree ("Networks, municipalities and plans");
     the measures table ("Measures") with rows and a chosen measure; the measure details pane ("Measure details")
     with the chosen measure's title, the description and funding fields and the progress history table;
  3. a chart (role chart) with a name and a description, in the "Charts" dock, even while that dock is tabbed behind
     "Measure details" (if it were not in the tree then, the check would raise its tab the way a user does, press it,
     and say so);
  4. a status message said: Edit › Delete measures pressed through AT-SPI brings a notification into view whose name is
     the message ("… Ctrl+Z"), which Orca reads out.

The bokmål names are never written here: each is read from translations/actionplans_nb.ts (the <message> of the
class's <context> whose <source> is the English text). A message with no translation stands for its English source; one
marked type="unfinished" may show either (lrelease compiles unfinished translations in unless told -nounfinished), so
the check passes while the translation is being completed and after.

Exit status: 0 all found; 1 something missing or wrong (listed); 2 the app was not found, or crashed (where is said).
"""

import argparse
import sys
import time
import xml.etree.ElementTree as ElementTree

try:
    import pyatspi
    from gi.repository import Atspi
except ImportError as error:
    sys.exit(f"atspi_check: cannot import pyatspi ({error}); install the Debian package python3-pyatspi "
             f"(see .ci/setup) and run this with /usr/bin/python3")


# -- Expected names, from the translation file -------------------------------------------------------------------------

def strip_accelerator(text):
    """What Qt's accessibility makes of a label's "&Description": "Description" ("&&" stays one "&")."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out)


class Translations:
    def __init__(self, path):
        self.path = path
        self.messages = {}  # (context, source) -> (translation text, type)
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or message.get("numerus") == "yes":
                    continue
                self.messages[(name, source)] = (translation.text or "", translation.get("type") or "")

    def accepted(self, context, source):
        """The names the app may show for tr(context, source), as accessibility shows them (no accelerator)."""
        found = [self.messages[(context, source)]] if (context, source) in self.messages else \
            [value for (ctx, src), value in self.messages.items() if src == source]
        names = []
        for text, kind in found or [("", "")]:
            if text and kind not in ("vanished", "obsolete"):
                names.append(text)
            if not text or kind in ("unfinished", "vanished", "obsolete"):
                names.append(source)
        return sorted({strip_accelerator(name) for name in names})


# -- The tree ----------------------------------------------------------------------------------------------------------

class AppGone(Exception):
    pass


def app_alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


ITEM_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST}


class Node:
    def __init__(self, acc, index_path, label_path, role, name, description, states):
        self.acc = acc
        self.index_path = index_path
        self.label_path = label_path
        self.role = role
        self.name = name
        self.description = description
        self.states = states

    def label(self):
        return f"{role_name(self.role)} {quote(self.name)}"

    def where(self):
        return " > ".join(self.label_path[1:])  # from the window down (the application is always the same)

    def within(self, other):
        return self.index_path[:len(other.index_path)] == other.index_path and self is not other

    def showing(self):
        return pyatspi.STATE_SHOWING in self.states

    def extents(self):
        try:
            box = self.acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            return box.x, box.y, box.width, box.height
        except Exception:
            return None


def role_name(role):
    return Atspi.role_get_name(role) or str(role)


def quote(text):
    return "'" + (text or "").replace("\n", "\\n") + "'"


def walk(app, pid):
    """Every accessible object of the app, depth first, but not the cells and items of tables, trees and lists."""
    nodes = []
    where = ["application"]

    def visit(acc, index_path, label_path):
        where[0] = " > ".join(label_path) or "application"
        try:
            role = acc.getRole()
            name = acc.name or ""
            description = acc.description or ""
            states = set(acc.getState().getStates())
            count = acc.childCount
        except Exception as error:
            if not app_alive(pid):
                raise AppGone(f"the app died while its tree was read, at {where[0]}") from error
            return  # an object deleted while being read: the next round sees the tree as it is then
        label = f"{role_name(role)} {quote(name)}"
        node = Node(acc, index_path, label_path + [label], role, name, description, states)
        nodes.append(node)
        if role in ITEM_CONTAINERS:
            return
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception as error:
                if not app_alive(pid):
                    raise AppGone(f"the app died while reading child {i} of {' > '.join(node.label_path)}") \
                        from error
                continue
            if child is not None:
                visit(child, index_path + (i,), node.label_path)

    visit(app, (), [])
    return nodes


def find_app(pid, deadline):
    while time.monotonic() < deadline:
        if not app_alive(pid):
            raise AppGone(f"the app (pid {pid}) exited before it appeared on the accessibility bus")
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
        except Exception:
            pass
        time.sleep(0.2)
    return None


# -- The checks --------------------------------------------------------------------------------------------------------

class Check:
    def __init__(self, nodes, tr):
        self.nodes = nodes
        self.tr = tr
        self.found = []      # lines: what was found
        self.missing = []    # lines: what is missing or wrong
        self.notes = []      # lines: worth knowing, not failures

    def find(self, roles, accepted, within=None, showing_only=False):
        return [node for node in self.nodes
                if node.role in roles and node.name in accepted
                and (within is None or node.within(within)) and (not showing_only or node.showing())]

    def expect(self, what, roles, context, source, within=None):
        accepted = self.tr.accepted(context, source)
        hits = self.find(roles, accepted, within)
        if hits:
            self.found.append(f"{what}: {hits[0].label()}  [{hits[0].where()}]")
            return hits[0]
        wanted = " or ".join(quote(name) for name in accepted)
        same_name = [node for node in self.nodes if node.name in accepted and (within is None or node.within(within))]
        near = f"; with that name only: {', '.join(n.label() for n in same_name[:4])}" if same_name else ""
        roles_text = "/".join(role_name(role) for role in roles)
        same_role = [node.label() for node in self.nodes
                     if node.role in roles and (within is None or node.within(within))]
        near += f"; {roles_text} there: {', '.join(same_role[:8]) or 'none'}"
        place = f" inside {within.label()}" if within else ""
        self.missing.append(f"{what}: no {roles_text} named {wanted}{place} (English source {quote(source)}, "
                            f"context {context}){near}")
        return None

    def main_window(self):
        titles = self.tr.accepted("FileStatus", "Action Plans")
        frames = [node for node in self.nodes if node.role == pyatspi.ROLE_FRAME and len(node.index_path) == 1]
        for frame in frames:
            if any(title in frame.name for title in titles):
                self.found.append(f"main window: {frame.label()}")
                return frame
        self.missing.append(f"main window: no top-level frame whose name contains "
                            f"{' or '.join(quote(t) for t in titles)}; top-level frames: "
                            f"{', '.join(f.label() for f in frames) or 'none'}")
        return None

    def navigator(self, window):
        self.expect("navigator filter", {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY},
                    "NavigatorPane", "Find in the navigator", window)
        tree = self.expect("navigator tree", {pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE},
                           "NavigatorPane", "Networks, municipalities and plans", window)
        if tree is not None and tree.acc.childCount == 0:
            self.missing.append(f"navigator tree: {tree.label()} has no items")

    def measures_table(self, window):
        """The measures table, its rows, and the title of the measure chosen in it (None if none is)."""
        table = self.expect("measures table", {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE},
                            "MeasuresPane", "Measures", window)
        if table is None:
            return None
        try:
            cells = table.acc.queryTable()
            rows, columns = cells.nRows, cells.nColumns
            headers = [cells.getColumnDescription(column) or "" for column in range(columns)]
            selected = list(cells.getSelectedRows())
        except NotImplementedError:
            self.missing.append(f"measures table: {table.label()} has no AT-SPI Table interface")
            return None
        self.found.append(f"measures table: {rows} rows, {columns} columns ({', '.join(headers)}), "
                          f"selected row {selected[0] if selected else 'none'}")
        if rows == 0:
            self.missing.append("measures table: no rows, though the file holds the sample plans")
            return None
        title_headers = self.tr.accepted("MeasureTableModel", "Measure")
        title_column = next((i for i, header in enumerate(headers) if header in title_headers), None)
        if title_column is None:
            self.missing.append(f"measures table: no column headed {' or '.join(map(quote, title_headers))}")
            return None
        if not selected:
            self.notes.append("measures table: no row is selected, so the details pane is not compared with it")
            return None
        cell = cells.getAccessibleAt(selected[0], title_column)
        return cell.name if cell is not None else None

    def measure_details(self, window, chosen_title):
        details = self.expect("measure details dock", {pyatspi.ROLE_FRAME}, "ViewActions", "Measure details", window)
        if details is None:
            return
        # The details pane shows the title as a label (it is edited in the measures table, not here).
        labels = [node for node in self.nodes if node.role == pyatspi.ROLE_LABEL and node.within(details)]
        if chosen_title:
            title = next((node for node in labels if chosen_title in node.name), None)
            if title:
                self.found.append(f"measure title in the details: {title.label()}  [{title.where()}]")
            else:
                self.missing.append(f"measure details: no label with the chosen measure's title {quote(chosen_title)}"
                                    f"; labels: {', '.join(n.label() for n in labels[:6])}")
        title_fields = [node for node in self.nodes if node.within(details) and chosen_title
                        and node.role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and chosen_title in node.name]
        if not title_fields:
            self.notes.append("measure details: the title is a label, not a text field (edit it in the measures "
                              "table); its text fields are the description and the funding source")
        self.expect("description field", {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY},
                    "MeasureDetailsPane", "&Description", details)
        self.expect("funding source field", {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY},
                    "MeasureDetailsPane", "&Funding source", details)
        self.expect("progress history table", {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE},
                    "MeasureDetailsPane", "Progress history", details)

    def charts_dock(self, window):
        docks = self.find({pyatspi.ROLE_FRAME}, self.tr.accepted("ViewActions", "Charts"), window)
        return docks[0] if docks else None

    def charts(self, window):
        """True if a chart in the Charts dock has a name and a description."""
        dock = self.charts_dock(window)
        if dock is None:
            self.expect("charts dock", {pyatspi.ROLE_FRAME}, "ViewActions", "Charts", window)
            return False
        box = dock.extents()
        off_screen = box is not None and (box[0] + box[2] <= 0 or box[1] + box[3] <= 0)
        self.found.append(f"charts dock: {dock.label()} at {box}"
                          f"{' (off screen: tabbed behind another dock)' if off_screen else ''}, "
                          f"states {'showing' if dock.showing() else 'not showing'}")
        charts = [node for node in self.nodes if node.role == pyatspi.ROLE_CHART and node.within(dock)]
        good = [chart for chart in charts if chart.name.strip() and chart.description.strip()]
        for chart in charts:
            self.found.append(f"  chart {quote(chart.name)} ({'showing' if chart.showing() else 'not showing'}): "
                              f"{quote(chart.description)}")
        if not good:
            self.missing.append(f"charts: no chart (role chart) with a name and a description in {dock.label()}; "
                                f"{len(charts)} chart(s) there: {', '.join(c.label() for c in charts) or 'none'}")
        # Charts elsewhere (the network view) are not required, but a nameless one is worth saying.
        for node in self.nodes:
            if node.role == pyatspi.ROLE_CHART and not node.within(dock) \
                    and (not node.name.strip() or not node.description.strip()):
                self.notes.append(f"chart without {'a name' if not node.name.strip() else 'a description'} "
                                  f"({'showing' if node.showing() else 'hidden'}): {node.where()}")
        return bool(good)

    def run(self):
        window = self.main_window()
        self.navigator(window)
        chosen_title = self.measures_table(window)
        self.measure_details(window, chosen_title)
        charts_ok = self.charts(window)
        return charts_ok


def raise_charts_tab(nodes, tr):
    """Press the "Charts" tab of the tabbed docks, as a keyboard or screen-reader user would (its Press action)."""
    names = tr.accepted("ViewActions", "Charts")
    for node in nodes:
        if node.role == pyatspi.ROLE_PAGE_TAB and node.name in names:
            try:
                action = node.acc.queryAction()
            except NotImplementedError:
                continue
            for i in range(action.nActions):
                if action.getName(i).lower() in ("press", "click", "activate"):
                    action.doAction(i)
                    return node
    return None


def announcement(app, pid, tr, deadline):
    """Edit › Delete measures, pressed through AT-SPI, says "Deleted 1 measure. Undo with Ctrl+Z." in bokmål: a
    notification that comes into view with the message as its name, which Orca reads out. Returns (found, what)."""
    names = tr.accepted("EditActions", "&Delete measures")
    items = [node for node in walk(app, pid) if node.role == pyatspi.ROLE_MENU_ITEM and node.name in names]
    if not items:
        return False, f"no menu item named {' or '.join(quote(n) for n in names)} to press"
    action = items[0].acc.queryAction()
    pressed = [i for i in range(action.nActions) if action.getName(i).lower() in ("press", "click", "activate")]
    if not pressed:
        return False, f"{items[0].label()} has no press action"
    action.doAction(pressed[0])
    while time.monotonic() < deadline:
        notes = [node for node in walk(app, pid)
                 if node.role == pyatspi.ROLE_NOTIFICATION and node.showing() and "Ctrl+Z" in node.name]
        if notes:
            return True, f"{notes[0].label()} after pressing {items[0].label()}  [{notes[0].where()}]"
        time.sleep(0.3)
    return False, f"no showing notification with the message after pressing {items[0].label()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True, help="process id of the running actionplans window")
    parser.add_argument("--ts", required=True, help="translations/actionplans_nb.ts")
    parser.add_argument("--timeout", type=float, default=20, help="seconds to wait for the app and its panes")
    args = parser.parse_args()

    started = time.monotonic()
    deadline = started + args.timeout
    tr = Translations(args.ts)
    print(f"atspi_check: names from {args.ts}; waiting for pid {args.pid} on the accessibility bus")
    try:
        app = find_app(args.pid, deadline)
        if app is None:
            print(f"FAIL: the app (pid {args.pid}) did not appear in the AT-SPI desktop within {args.timeout:.0f} s "
                  f"(is QT_LINUX_ACCESSIBILITY_ALWAYS_ON set and the org.a11y.Bus up?)")
            return 2
        print(f"atspi_check: found application {quote(app.name)} after {time.monotonic() - started:.1f} s")

        # The file loads after the window shows: read the tree again until everything is there, or time is up.
        raised = None
        while True:
            nodes = walk(app, args.pid)
            check = Check(nodes, tr)
            try:
                charts_ok = check.run()
            except Exception as error:  # an object gone while it was asked (the tree changing), or the app
                if not app_alive(args.pid):
                    raise AppGone(f"the app died while its objects were asked ({error})") from error
                check.missing.append(f"reading the tree: {error}")
                charts_ok = False
            if not check.missing or time.monotonic() >= deadline:
                break
            only_charts = all(line.startswith("charts:") for line in check.missing)
            if only_charts and not charts_ok and raised is None and time.monotonic() > started + args.timeout / 2:
                raised = raise_charts_tab(nodes, tr)
                if raised is not None:
                    print(f"atspi_check: no chart in the tree while the Charts dock was behind another tab: "
                          f"pressed {raised.label()}")
            time.sleep(0.5)
        if not check.missing:
            said, what = announcement(app, args.pid, tr, time.monotonic() + 8)
            (check.found if said else check.missing).append(f"status message said: {what}")
        if not app_alive(args.pid):
            raise AppGone("the app died during the check (after its tree was read)")
    except AppGone as gone:
        print(f"FAIL: {gone}")
        return 2

    print(f"atspi_check: read {len(nodes)} objects (cells and items not counted) "
          f"in {time.monotonic() - started:.1f} s")
    for line in check.found:
        print(f"  found   {line}")
    for line in check.notes:
        print(f"  note    {line}")
    if raised is not None:
        print(f"  note    the charts were reached only after pressing {raised.label()}")
    if check.missing:
        print(f"FAIL: {len(check.missing)} thing(s) missing or wrong for a screen-reader user:")
        for line in check.missing:
            print(f"  missing {line}")
        return 1
    print("PASS: main window, navigator, measures table, measure details, charts and a status message are there with "
          "bokmål names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
