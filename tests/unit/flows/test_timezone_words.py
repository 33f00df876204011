"""A time zone is understood as people write it: a city of an option (in its own spelling too),
not only the option's number or its whole printed line."""

from __future__ import annotations

import pytest

from bot.engine.answers import TextInput, Understood, parse_answer
from bot.engine.model import ChoiceQuestion
from tests.convworld import LANGS, SHIPPED


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("typed", "zone"), [
    ("Paris", "central_europe"), ("berlin", "central_europe"), ("Kyiv", "eastern_europe"),
    ("Київ", "eastern_europe"), ("Москва", "moscow"), ("تهران", "tehran"), ("کابل", "kabul"),
    ("Bogota", "bogota"), ("Lisboa", "london"),
])
def test_a_city_of_an_option_picks_its_time_zone(lang: str, typed: str, zone: str) -> None:
    flow = SHIPPED.flows["timezone"]
    step_id, ask = next((i, s) for i, s in flow.steps.items() if isinstance(s, ChoiceQuestion))
    assert parse_answer(SHIPPED, "timezone", step_id, ask, TextInput(typed), lang) == Understood(zone)
