"""`FlowLibrary`: the loaded flows, messages and schedules, immutable so hot reload is one reference swap."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.engine.analysis import called_flows, flow_var_writes
from bot.engine.catalog import Catalog
from bot.engine.model import QUESTION_CLASSES, Flow
from bot.engine.schedule import Schedule


@dataclass(frozen=True)
class FlowLibrary:
    """Flows by id plus the Catalog and the schedules (by id). Build with `FlowLibrary.build`;
    never mutated afterwards."""

    flows: Mapping[str, Flow]
    catalog: Catalog
    # Precomputed indexes for the engine (derived from `flows`).
    _writes: Mapping[str, frozenset[str]] = field(repr=False, compare=False)
    _questions: Mapping[str, Mapping[str, str]] = field(repr=False, compare=False)
    # Memo of answer-matching tables (derived data only; see answers.py).
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)
    schedules: Mapping[str, Schedule] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(
        cls, flows: Iterable[Flow], catalog: Catalog, schedules: Mapping[str, Schedule] | None = None
    ) -> FlowLibrary:
        by_id = {flow.id: flow for flow in flows}
        direct = {flow_id: flow_var_writes(flow) for flow_id, flow in by_id.items()}
        writes: dict[str, frozenset[str]] = {}
        for flow_id in by_id:
            # Variables a flow and everything it calls can set (a called flow shares variables).
            seen: set[str] = set()
            todo = [flow_id]
            found: set[str] = set()
            while todo:
                current = todo.pop()
                if current in seen or current not in by_id:
                    continue
                seen.add(current)
                found |= direct[current]
                todo.extend(called_flows(by_id[current]))
            writes[flow_id] = frozenset(found)
        questions: dict[str, dict[str, str]] = {}
        for flow_id, flow in by_id.items():
            table: dict[str, str] = {}
            for step in flow.steps.values():
                if isinstance(step, QUESTION_CLASSES) and step.save and step.save not in table:
                    table[step.save] = step.text
            questions[flow_id] = table
        return cls(
            flows=MappingProxyType(by_id),
            catalog=catalog,
            _writes=MappingProxyType(writes),
            _questions=MappingProxyType({k: MappingProxyType(v) for k, v in questions.items()}),
            schedules=MappingProxyType(dict(schedules or {})),
        )

    @property
    def default_lang(self) -> str:
        return self.catalog.default_lang

    def flow(self, flow_id: str) -> Flow | None:
        return self.flows.get(flow_id)

    def menu(self) -> list[Flow]:
        """Flows to offer in the menu (`menu: true`), by id."""
        return [flow for _, flow in sorted(self.flows.items()) if flow.menu]

    def writes(self, flow_id: str) -> frozenset[str]:
        """Variables the flow (with the flows it calls) can set."""
        return self._writes.get(flow_id, frozenset())

    def question_msgid(self, flow_ids: Iterable[str], var: str) -> str | None:
        """The text of the question that saves `var`, looking in these flows, then in all."""
        for flow_id in flow_ids:
            found = self._questions.get(flow_id, {}).get(var)
            if found is not None:
                return found
        for table in self._questions.values():
            if var in table:
                return table[var]
        return None
