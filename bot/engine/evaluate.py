"""Evaluation of conditions and expressions against the variables of a conversation (pure)."""

from __future__ import annotations

import math
from collections.abc import Callable

from bot.engine.model import (
    AllCondition,
    AnyCondition,
    CountExpr,
    DivExpr,
    IfExpr,
    MaxExpr,
    MinExpr,
    MulExpr,
    NotCondition,
    RoundExpr,
    SubExpr,
    SumExpr,
    VarCondition,
    VarExpr,
)
from bot.engine.values import Value

Lookup = Callable[[str], Value | None]
ConditionNode = VarCondition | AllCondition | AnyCondition | NotCondition
ExprNode = (
    bool
    | int
    | float
    | str
    | VarExpr
    | SumExpr
    | SubExpr
    | MulExpr
    | DivExpr
    | RoundExpr
    | MinExpr
    | MaxExpr
    | CountExpr
    | IfExpr
)

MAX_DEPTH = 50


def holds(condition: ConditionNode, lookup: Lookup, depth: int = 0) -> bool:
    """Whether the condition holds; unset variables make comparisons false."""
    if depth > MAX_DEPTH:
        return False
    if isinstance(condition, VarCondition):
        return _var_condition(condition, lookup(condition.var))
    if isinstance(condition, AllCondition):
        return all(holds(c, lookup, depth + 1) for c in condition.all)
    if isinstance(condition, AnyCondition):
        return any(holds(c, lookup, depth + 1) for c in condition.any)
    return not holds(condition.not_, lookup, depth + 1)


def _var_condition(condition: VarCondition, actual: Value | None) -> bool:
    op, expected = condition.op, condition.value
    if op == "set":
        return (actual is not None) == expected
    if actual is None:
        return False
    if op == "in":
        assert isinstance(expected, tuple)
        if isinstance(actual, tuple):  # a multiple choice: any chosen option is in the list
            return any(_equal(item, e) for item in actual for e in expected)
        return any(_equal(actual, e) for e in expected)
    assert not isinstance(expected, tuple)
    if op == "contains":
        items = actual if isinstance(actual, tuple) else (actual,)
        return any(_equal(item, expected) for item in items)
    if op == "eq":
        return _equal(actual, expected)
    if op == "ne":
        return not _equal(actual, expected)
    left, right = _number(actual), _number(expected)
    if left is None or right is None:
        return False
    if op == "lt":
        return left < right
    if op == "le":
        return left <= right
    if op == "gt":
        return left > right
    return left >= right


def _equal(actual: Value, expected: bool | int | float | str) -> bool:
    # Keep booleans, numbers and texts apart: in Python True == 1, but `yes` is not the number 1.
    if isinstance(actual, bool) or isinstance(expected, bool):
        return isinstance(actual, bool) and isinstance(expected, bool) and actual == expected
    if isinstance(actual, str) or isinstance(expected, str):
        return isinstance(actual, str) and isinstance(expected, str) and actual == expected
    if isinstance(actual, tuple):
        return False
    return actual == expected


def _number(value: Value | None) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def evaluate(expr: ExprNode, lookup: Lookup, depth: int = 0) -> Value | None:
    """The value of an expression, or None (unset) when an input is unset or not a number."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(expr, bool | int | float | str):
        return expr
    if isinstance(expr, VarExpr):
        return lookup(expr.var)
    if isinstance(expr, CountExpr):
        return sum(1 for c in expr.count if holds(c, lookup, depth + 1))
    if isinstance(expr, IfExpr):
        branch = expr.then if holds(expr.if_, lookup, depth + 1) else expr.else_
        return evaluate(branch, lookup, depth + 1)
    if isinstance(expr, RoundExpr):
        value = _number(evaluate(expr.round, lookup, depth + 1))
        return None if value is None else _round_half_away(value)
    children = operands(expr)
    numbers = [_number(evaluate(e, lookup, depth + 1)) for e in children]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    result: int | float
    if isinstance(expr, SumExpr):
        result = sum(values)
    elif isinstance(expr, SubExpr):
        result = values[0] - values[1]
    elif isinstance(expr, MulExpr):
        result = math.prod(values)
    elif isinstance(expr, DivExpr):
        if values[1] == 0:
            return None
        result = values[0] / values[1]
    elif isinstance(expr, MinExpr):
        result = min(values)
    else:
        result = max(values)
    if isinstance(result, float) and not math.isfinite(result):
        return None
    return result


def operands(expr: SumExpr | SubExpr | MulExpr | DivExpr | MinExpr | MaxExpr) -> tuple[ExprNode, ...]:
    """The operand list; each of these models keeps it in the field named like its tag."""
    operands: tuple[ExprNode, ...] = getattr(expr, expr.tag)
    return operands


def _round_half_away(value: int | float) -> int:
    # Python's round() rounds half to even (2.5 → 2); scores are expected to round 2.5 → 3.
    return math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)
