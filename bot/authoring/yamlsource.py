"""Reading flow YAML while remembering the line of every key, so problems can point at it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

# A path into a YAML document: mapping keys (as written, str) and sequence indexes (int).
YamlPath = tuple[str | int, ...]

MAX_YAML_BYTES = 1_000_000

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class FlowYamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false are booleans.

    YAML 1.1 turns the words yes, no, on and off into booleans, which silently breaks option
    lists such as `options: [yes, no, unsure]`. Dates stay strings for the same reason.
    """


def _yaml_12_booleans(loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]) -> None:
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


_yaml_12_booleans(FlowYamlLoader)
LOADERS: list[type[yaml.SafeLoader] | type[yaml.CSafeLoader]] = [FlowYamlLoader]

if getattr(yaml, "__with_libyaml__", False):

    class FastFlowYamlLoader(yaml.CSafeLoader):
        """The same on libyaml's parser (faster, same nodes and marks)."""

    _yaml_12_booleans(FastFlowYamlLoader)
    LOADERS.insert(0, FastFlowYamlLoader)


class YamlError(Exception):
    """The text is not valid YAML; `line` is 1-based (0 when unknown)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class Duplicate:
    path: YamlPath
    first_line: int
    line: int


@dataclass(frozen=True)
class Lines:
    """Line numbers of keys and items, looked up by path (the deepest known prefix wins)."""

    by_path: dict[YamlPath, int] = field(default_factory=dict)

    def line(self, path: Iterable[str | int]) -> int:
        best = self.by_path.get((), 1)
        current: YamlPath = ()
        for part in path:
            key: str | int = part if isinstance(part, int) else str(part)
            candidate = (*current, key)
            if candidate not in self.by_path and isinstance(part, int):
                # A mapping key that YAML read as a number (`1:`) is recorded as text.
                candidate = (*current, str(part))
            if candidate in self.by_path:
                current = candidate
                best = self.by_path[candidate]
            # Parts that are not in the document (pydantic union tags) are skipped.
        return best

    def exact(self, path: YamlPath) -> int | None:
        return self.by_path.get(path)


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    lines: Lines
    duplicates: tuple[Duplicate, ...]


def read_yaml(text: str, loader_class: type[yaml.SafeLoader] | type[yaml.CSafeLoader] | None = None) -> YamlDocument:
    """Parse one YAML document; raises YamlError with a line for any syntax problem."""
    if len(text.encode("utf-8", errors="replace")) > MAX_YAML_BYTES:
        raise YamlError(f"the file is larger than {MAX_YAML_BYTES // 1000} kB", 0)
    loader = (loader_class or LOADERS[0])(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(None, Lines({(): 1}), ())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        raise YamlError(message or "invalid YAML", line) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise YamlError(f"invalid YAML ({type(exc).__name__})", 0) from None
    finally:
        loader.dispose()
    by_path: dict[YamlPath, int] = {(): node.start_mark.line + 1}
    duplicates: list[Duplicate] = []
    _walk(node, (), by_path, duplicates, set())
    return YamlDocument(data, Lines(by_path), tuple(duplicates))


def _walk(
    node: yaml.Node,
    path: YamlPath,
    by_path: dict[YamlPath, int],
    duplicates: list[Duplicate],
    seen: set[int],
) -> None:
    # Aliases (*name) would let a few lines expand into a huge document; flows never need them.
    if id(node) in seen:
        line = by_path.get(path, node.start_mark.line + 1)
        raise YamlError("anchors and aliases (& and *) are not supported in flow files", line)
    seen.add(id(node))
    if len(path) > 64:  # deeper than any sane flow; keep the walk bounded
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            child = (*path, key)
            line = key_node.start_mark.line + 1
            if child in by_path:
                duplicates.append(Duplicate(child, by_path[child], line))
                continue
            by_path[child] = line
            _walk(value_node, child, by_path, duplicates, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            by_path[child] = item.start_mark.line + 1
            _walk(item, child, by_path, duplicates, seen)
