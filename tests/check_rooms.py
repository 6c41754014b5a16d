#!/usr/bin/env python3
"""The rooms keep their shape: a check of the layout that README.md's Architecture section draws.

Each folder under app/, models/ and views/ with a CMakeLists.txt is a room, one library target. This check reads
every room's target_link_libraries line and every quoted #include, and fails, naming file and line, when
- a file includes a header of a room its own room does not link directly (a transitive link does not count: the link
  line must state every arrow);
- a models/ room links Qt Widgets, Qt PrintSupport, Qt Svg, QCustomPlot or any views/ or app/ room, or a views/ room
  links app/;
- Qt SQL (QSqlQuery, QSqlDatabase) is used outside models/storage;
- a room has no README.md, or a source file is over 500 lines.

Usage: check_rooms.py SOURCE_DIR
"""

import pathlib
import re
import sys

MAX_LINES = 500
WIDGET_LIBRARIES = {"Qt6::Widgets", "Qt6::PrintSupport", "Qt6::Svg", "QCustomPlotQt6::QCustomPlotQt6"}


def rooms_of(source):
    """Room folder → (target name, set of linked targets)."""
    rooms = {}
    for layer in ("app", "models", "views"):
        for cmake in sorted((source / layer).rglob("CMakeLists.txt")):
            text = re.sub(r"#.*", "", cmake.read_text(encoding="utf-8"))
            library = re.search(r"add_library\((\w+)\s+STATIC", text)
            if not library:
                continue
            target = library.group(1)
            links = set()
            for block in re.findall(r"target_link_libraries\(\s*%s\s+([^)]*)\)" % target, text):
                links.update(word for word in block.split() if word not in ("PUBLIC", "PRIVATE", "INTERFACE"))
            rooms[cmake.parent] = (target, links)
    return rooms


def main():
    source = pathlib.Path(sys.argv[1]).resolve()
    rooms = rooms_of(source)
    target_of_room = {folder: target for folder, (target, _) in rooms.items()}
    header_room = {}
    for folder in rooms:
        for header in folder.glob("*.h"):
            header_room[header.name] = folder
    problems = []

    for folder, (target, links) in sorted(rooms.items()):
        where = folder.relative_to(source)
        if not (folder / "README.md").exists():
            problems.append(f"{where}: no README.md saying what lives here and what it may use")
        layer = where.parts[0]
        for link in sorted(links):
            if layer == "models" and (link in WIDGET_LIBRARIES or link.startswith("views_") or link == "appcore"):
                problems.append(f"{where}/CMakeLists.txt: {target} links {link}, but models/ never needs a window")
            if layer == "views" and link == "appcore":
                problems.append(f"{where}/CMakeLists.txt: {target} links appcore; views/ never needs app/")
        for path in sorted(folder.glob("*.cpp")) + sorted(folder.glob("*.h")):
            lines = path.read_text(encoding="utf-8").splitlines()
            name = path.relative_to(source)
            if len(lines) > MAX_LINES:
                problems.append(f"{name}: {len(lines)} lines; split it by responsibility (at most {MAX_LINES})")
            for number, line in enumerate(lines, 1):
                include = re.match(r'\s*#include "([^"]+)"', line)
                if include and not include.group(1).endswith(".moc"):
                    owner = header_room.get(pathlib.PurePath(include.group(1)).name)
                    if owner is None:
                        problems.append(f"{name}:{number}: includes {include.group(1)}, which no room has")
                    elif owner != folder and target_of_room[owner] not in links:
                        problems.append(
                            f"{name}:{number}: includes {include.group(1)} from {target_of_room[owner]}, "
                            f"which {target} does not link"
                        )
                if re.search(r"\bQSql(Query|Database)\b", line) and where.as_posix() != "models/storage":
                    problems.append(f"{name}:{number}: Qt SQL outside models/storage; ask a store instead")

    for problem in problems:
        print(problem)
    print(f"{len(rooms)} rooms read; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
