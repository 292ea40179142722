from __future__ import annotations

import json
from unittest.mock import AsyncMock

from workers.tasks import summaries
from workers.tasks.summaries import make_takeaway_cards, summarize_lesson


async def test_summarize_lesson_persists_summary(worker_state, monkeypatch):
    kicked = AsyncMock()
    monkeypatch.setattr(summaries.make_takeaway_cards, "kiq", kicked)

    task = await summarize_lesson.kiq("l1")
    result = await task.wait_result(timeout=5)

    assert not result.is_err, result.error
    store = worker_state.store
    assert [a.kind for a in store.artefacts] == ["summary"]
    assert store.artefacts[0].payload["text"] == "A short summary."
    assert worker_state.anthropic.rec.names() == ["messages.count_tokens", "messages.create"]
    kicked.assert_awaited_once_with("l1")


async def test_cards_use_tool_output(worker_state):
    from app.services.content_store import Artefact

    worker_state.anthropic.messages.reply = json.dumps({"cards": [{"title": "Light", "body": "Energy in."}]})
    await worker_state.store.create(Artefact(lesson_id="l1", kind="summary", payload={"text": "x"}))

    task = await make_takeaway_cards.kiq("l1")
    result = await task.wait_result(timeout=5)

    assert result.return_value == 1
    _, kwargs = worker_state.anthropic.rec.calls[-1]
    assert kwargs["tool_choice"] == {"type": "tool", "name": "emit_cards"}


async def test_mocked_client_directly():
    client = AsyncMock()
    client.messages.create.return_value.content = []
    await client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=10, messages=[])
    client.messages.create.assert_awaited_once()
