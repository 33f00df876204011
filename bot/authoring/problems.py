"""A problem found in the flow or locale files, named by file and line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of the loader or the check.

    `line` is 1-based; 0 means the problem concerns the whole file (or a missing file).
    """

    severity: Severity
    file: str
    line: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line > 0 else self.file
        text = f"{where}: {self.message}"
        if self.severity == "warning":
            text = f"{where}: warning: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def error(file: str, line: int, message: str, hint: str = "") -> Problem:
    return Problem("error", file, line, message, hint)


def warning(file: str, line: int, message: str, hint: str = "") -> Problem:
    return Problem("warning", file, line, message, hint)


def sort_key(problem: Problem) -> tuple[str, int, int, str]:
    # Errors first within a file, then by line, so the output reads top to bottom.
    return (problem.file, problem.line, 0 if problem.is_error else 1, problem.message)
