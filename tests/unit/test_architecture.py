"""The layout's rules, checked over the source so that they stay true (see README, "How it is built").

- the import graph of `bot` has no cycles;
- `bot.engine` (the pure flow engine) imports nothing else of `bot`, and no I/O library;
- SQL and the database driver live in `bot.store` only;
- the care domain (`bot.care`) and the engine never import the Matrix edge (`bot.matrix`) or nio;
- no class over 400 lines and no function over 80 lines without a `# Long:` comment saying why.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
MAX_CLASS_LINES = 400
MAX_FUNCTION_LINES = 80
SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(TABLE|INDEX|UNIQUE)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX)|PRAGMA\s+\w+|BEGIN(\s+IMMEDIATE)?\s*$)",
    re.I | re.S,
)
DRIVERS = ("aiosqlite", "sqlite3")
ENGINE_MAY_IMPORT = ("fluent", "dataclasses", "typing", "collections", "enum", "re", "math", "json", "datetime",
                     "unicodedata", "functools", "itertools", "pydantic", "decimal", "__future__", "abc", "bisect",
                     "types")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. bot.care.conversations
    target: str  # what it imports, e.g. bot.store or bot.store.Store (resolved to a module below)
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(BOT.rglob("*.py"))}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(name: str, path: Path, known: set[str]) -> list[Import]:
    tree = ast.parse(path.read_text(), str(path))
    skip = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: list[Import] = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found.extend(Import(name, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.append(Import(name, full if full in known else base, node.lineno))
    return found


def graph() -> dict[str, list[Import]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def _resolve(target: str, known: set[str]) -> str | None:
    while target and target not in known:
        target = target.rpartition(".")[0]
    return target or None


def test_the_import_graph_has_no_cycles() -> None:
    g = graph()
    known = set(g)
    edges = {m: sorted({r for i in imps if (r := _resolve(i.target, known)) and r != m and r.startswith("bot")})
             for m, imps in g.items()}
    # A package's __init__ re-exporting its own modules is not a cycle with them.
    edges = {m: [t for t in ts if not (m.startswith(t + ".") and g.get(t) is not None)] for m, ts in edges.items()}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in edges.get(node, []):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_engine_imports_nothing_else_of_bot_and_no_io() -> None:
    bad = []
    for name, imps in graph().items():
        if not name.startswith("bot.engine"):
            continue
        for imp in imps:
            top = imp.target.split(".")[0]
            if imp.target.startswith("bot.") and not imp.target.startswith("bot.engine"):
                bad.append(f"{name}:{imp.line} imports {imp.target}")
            elif top != "bot" and top not in ENGINE_MAY_IMPORT:
                bad.append(f"{name}:{imp.line} imports {imp.target} (not a pure library)")
    assert bad == []


def test_sql_and_the_driver_live_in_the_store_only() -> None:
    bad = []
    for name, path in modules().items():
        if name.startswith("bot.store"):
            continue
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                bad.extend(f"{name}:{node.lineno} imports {n}" for n in names if n.split(".")[0] in DRIVERS)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
                bad.append(f"{name}:{node.lineno} holds SQL: {node.value[:40]!r}")
    assert bad == []


def test_the_care_domain_never_imports_the_matrix_edge() -> None:
    bad = [
        f"{name}:{imp.line} imports {imp.target}"
        for name, imps in graph().items()
        if name.startswith(("bot.care", "bot.engine"))
        for imp in imps
        if imp.target.startswith(("bot.matrix", "nio")) or imp.target == "nio"
    ]
    assert bad == []


def _is_excused(lines: list[str], node: ast.AST) -> bool:
    """A `# Long: why` comment on the lines just above the definition (or its decorators)."""
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    above = first - 2
    while above >= 0 and lines[above].strip().startswith("#"):
        if lines[above].strip().lower().startswith("# long:"):
            return True
        above -= 1
    return False


def test_no_long_class_or_function_without_a_reason() -> None:
    bad = []
    for name, path in modules().items():
        lines = path.read_text().splitlines()
        for node in ast.walk(ast.parse("\n".join(lines), str(path))):
            if isinstance(node, ast.ClassDef):
                limit = MAX_CLASS_LINES
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                limit = MAX_FUNCTION_LINES
            else:
                continue
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if size > limit and not _is_excused(lines, node):
                bad.append(f"{name}:{node.lineno} {node.name} is {size} lines (limit {limit})")
    assert bad == []


def test_the_rules_catch_what_they_are_for(tmp_path: Path) -> None:
    """The checks above can fail: a cycle and SQL outside the store are found in a made-up tree."""
    (tmp_path / "a.py").write_text("import b\nQUERY = 'SELECT x FROM t'\n")
    (tmp_path / "b.py").write_text("from a import QUERY\n")
    tree = ast.parse((tmp_path / "a.py").read_text())
    assert any(isinstance(n, ast.Constant) and isinstance(n.value, str) and SQL.match(n.value) for n in ast.walk(tree))
    long_src = "def f():\n" + "    x = 1\n" * (MAX_FUNCTION_LINES + 1)
    node = ast.parse(long_src).body[0]
    assert (node.end_lineno or 0) - node.lineno + 1 > MAX_FUNCTION_LINES
    assert not _is_excused(long_src.splitlines(), node)
    assert _is_excused(["# Long: one table of cases", *long_src.splitlines()], ast.parse("\n" + long_src).body[0])
