import json
from types import SimpleNamespace
from unittest import mock

import pytest

from rpg.ai.quest_generator import QuestFactory, QuestGenerator


class InlineWorker:
    """Runs jobs immediately; good enough for unit tests."""

    def submit(self, fn, *args, tag="", on_done=None, on_error=None, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if on_error:
                on_error(exc)
            return 0
        if on_done:
            on_done(result)
        return 1


def _world():
    player = SimpleNamespace(level=3)
    return SimpleNamespace(region_name="Emberfall", player=player, item_names=["herb"], recent_events=[])


def test_quest_factory_clamps_values():
    q = QuestFactory.create({"title": "T" * 80, "giver": "g", "objective": "kill", "target": "rat", "count": 99})
    assert len(q.title) == 48
    assert q.count == 20


def test_quest_factory_rejects_missing():
    with pytest.raises(ValueError):
        QuestFactory.create({"title": "x"})


def test_request_parses_json(fake_chat):
    payload = {"title": "Wolves", "giver": "Guard", "objective": "kill", "target": "wolf", "count": 3}
    fake_chat.chat.completions.replies[:] = [json.dumps(payload)]
    gen = QuestGenerator(fake_chat, InlineWorker(), model="test")
    gen.request(SimpleNamespace(name="Guard", role="guard"), _world())
    [quest] = gen.take_pending()
    assert quest.target == "wolf"
    assert fake_chat.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_request_falls_back_on_bad_json(fake_chat):
    fake_chat.chat.completions.replies[:] = ["not json"]
    gen = QuestGenerator(fake_chat, InlineWorker())
    gen.request(SimpleNamespace(name="Guard", role="guard"), _world())
    assert len(gen.take_pending()) == 1


def test_board_quests_goes_through_tracked_service():
    raw = json.dumps({"title": "Eggs", "giver": "Farmer", "objective": "fetch", "target": "egg"})
    with mock.patch("rpg.ai.quest_generator.multi_model_service") as svc:
        svc.generate_response = mock.AsyncMock(return_value=raw)
        gen = QuestGenerator(mock.MagicMock(), InlineWorker())
        quests = gen.board_quests([SimpleNamespace(name="Farmer", role="farmer")], _world())
    assert [q.title for q in quests] == ["Eggs"]
