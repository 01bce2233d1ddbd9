"""The shape of the code: only desk/ui may use Qt, and imports point down the layers."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import desk

PACKAGE = Path(desk.__file__).parent
LAYERS = ["domain", "storage", "services", "formats", "cli", "ui"]
# What each layer may import from desk (besides itself and the shared top-level modules).
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "services": {"domain", "storage", "formats"},
    "formats": {"domain"},
    "cli": {"domain", "storage", "services", "formats"},
    "ui": {"domain", "services", "formats"},
}


def modules_outside_ui() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="desk."):
        if (
            info.name.startswith("desk.ui")
            or ".migrations" in info.name
            or info.name == "desk.__main__"
        ):
            continue
        names.append(info.name)
    return names


def test_nothing_outside_ui_loads_pyside6() -> None:
    names = modules_outside_ui()
    assert "desk.services.stories" in names and "desk.cli.commands" in names
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def _desk_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desk."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("desk.")}
    return found


def test_imports_point_down_the_layers() -> None:
    wrong = []
    for layer in LAYERS:
        folder = PACKAGE / layer
        for path in folder.rglob("*.py") if folder.exists() else []:
            if "migrations" in path.parts:
                continue
            for target in _desk_imports(path) - {layer}:
                if target in LAYERS and target not in ALLOWED[layer]:
                    wrong.append(f"{path.relative_to(PACKAGE)} imports desk.{target}")
    assert wrong == []
