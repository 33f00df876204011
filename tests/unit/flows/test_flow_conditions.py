"""Every condition operator and every expression, evaluated against variables."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from bot.engine.evaluate import evaluate, holds
from bot.engine.model import Condition, Expr
from bot.engine.values import Value

CONDITION: TypeAdapter[Any] = TypeAdapter(Condition)
EXPR: TypeAdapter[Any] = TypeAdapter(Expr)
VARS: dict[str, Value] = {
    "n": 4,
    "f": 2.5,
    "s": "phone",
    "yes": True,
    "no": False,
    "many": ("a", "c"),
}
PROFILE: dict[str, Value] = {"who5": 60}


def lookup(name: str) -> Value | None:
    if name == "lang":
        return "fr"
    if name.startswith("profile."):
        return PROFILE.get(name[8:])
    return VARS.get(name)


def check(raw: dict[str, Any]) -> bool:
    return holds(CONDITION.validate_python(raw), lookup)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"var": "n", "eq": 4}, True),
        ({"var": "n", "eq": 4.0}, True),
        ({"var": "s", "eq": "phone"}, True),
        ({"var": "yes", "eq": True}, True),
        ({"var": "yes", "eq": 1}, False),  # a yes is not the number 1
        ({"var": "n", "eq": "4"}, False),
        ({"var": "n", "ne": 5}, True),
        ({"var": "s", "ne": "phone"}, False),
        ({"var": "n", "lt": 5}, True),
        ({"var": "n", "lt": 4}, False),
        ({"var": "n", "le": 4}, True),
        ({"var": "f", "gt": 2}, True),
        ({"var": "f", "gt": 2.5}, False),
        ({"var": "f", "ge": 2.5}, True),
        ({"var": "s", "lt": 3}, False),  # texts do not compare with numbers
        ({"var": "yes", "gt": 0}, False),
        ({"var": "s", "in": ["laptop", "phone"]}, True),
        ({"var": "n", "in": [1, 2]}, False),
        ({"var": "many", "in": ["c", "z"]}, True),  # any chosen option in the list
        ({"var": "many", "contains": "a"}, True),
        ({"var": "many", "contains": "b"}, False),
        ({"var": "s", "contains": "phone"}, True),  # one value counts as a list of one
        ({"var": "n", "set": True}, True),
        ({"var": "missing", "set": False}, True),
        ({"var": "missing", "set": True}, False),
        ({"var": "lang", "eq": "fr"}, True),
        ({"var": "profile.who5", "ge": 50}, True),
        ({"var": "profile.nothing", "set": False}, True),
        ({"all": [{"var": "n", "eq": 4}, {"var": "yes", "eq": True}]}, True),
        ({"all": [{"var": "n", "eq": 4}, {"var": "no", "eq": True}]}, False),
        ({"any": [{"var": "n", "eq": 5}, {"var": "no", "eq": False}]}, True),
        ({"any": [{"var": "n", "eq": 5}, {"var": "no", "eq": True}]}, False),
        ({"not": {"var": "n", "eq": 5}}, True),
        ({"not": {"all": [{"var": "n", "gt": 1}, {"not": {"var": "s", "eq": "x"}}]}}, False),
    ],
)
def test_condition_operators(raw: dict[str, Any], expected: bool) -> None:
    assert check(raw) is expected


@pytest.mark.parametrize("op", ["eq", "ne", "lt", "le", "gt", "ge", "contains"])
def test_an_unset_variable_makes_every_comparison_false(op: str) -> None:
    assert check({"var": "missing", op: 1}) is False
    assert check({"var": "missing", "in": [1]}) is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (3, 3),
        ("Europe/Berlin", "Europe/Berlin"),
        (True, True),
        ({"var": "n"}, 4),
        ({"var": "missing"}, None),
        ({"sum": [1, {"var": "n"}, {"var": "f"}]}, 7.5),
        ({"sum": [1, {"var": "missing"}]}, None),  # unset makes arithmetic unset
        ({"sum": [1, {"var": "s"}]}, None),  # so does a text
        ({"sum": [1, {"var": "yes"}]}, None),  # and a yes/no
        ({"sub": [{"var": "n"}, 10]}, -6),
        ({"mul": [{"var": "n"}, 4]}, 16),
        ({"mul": [2, 3, 4]}, 24),
        ({"div": [{"var": "n"}, 8]}, 0.5),
        ({"div": [1, 0]}, None),
        ({"round": 2.5}, 3),
        ({"round": -2.5}, -3),
        ({"round": {"div": [10, 3]}}, 3),
        ({"min": [3, {"var": "n"}, 9]}, 3),
        ({"max": [3, {"var": "n"}, 9]}, 9),
        ({"count": [{"var": "yes", "eq": True}, {"var": "no", "eq": True}, {"var": "n", "gt": 1}]}, 2),
        ({"if": {"var": "n", "gt": 3}, "then": "high", "else": "low"}, "high"),
        ({"if": {"var": "missing", "set": True}, "then": 1, "else": {"var": "profile.who5"}}, 60),
    ],
)
def test_expressions(raw: Any, expected: Value | None) -> None:
    assert evaluate(EXPR.validate_python(raw), lookup) == expected


def test_huge_numbers_do_not_overflow_into_errors() -> None:
    assert evaluate(EXPR.validate_python({"mul": [1e308, 1e308]}), lookup) is None
