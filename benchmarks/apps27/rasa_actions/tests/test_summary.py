from contextlib import asynccontextmanager
from types import SimpleNamespace
from unittest.mock import AsyncMock

import pytest

from actions import action_summary
from tests.fakes import make_tracker

EVENTS = [
    {"event": "user", "text": "my internet is down again"},
    {"event": "bot", "text": "Sorry to hear that. Did you restart the router?"},
    {"event": "user", "text": "yes twice, this is the third time this week"},
]


@pytest.mark.asyncio
async def test_summary_records_usage(monkeypatch, dispatcher, domain):
    recorded = {}

    @asynccontextmanager
    async def fake_track(**kwargs):
        log = SimpleNamespace(input_tokens=0, output_tokens=0)
        yield log
        recorded.update(kwargs, input_tokens=log.input_tokens, output_tokens=log.output_tokens)

    fake_client = SimpleNamespace(messages=SimpleNamespace(create=AsyncMock(return_value=SimpleNamespace(
        content=[SimpleNamespace(type="text", text="- router down 3x this week")],
        usage=SimpleNamespace(input_tokens=120, output_tokens=15),
    ))))
    monkeypatch.setattr(action_summary, "async_anthropic_client", fake_client)
    monkeypatch.setattr(action_summary.llm_tracker, "track_llm_call", fake_track)

    events = await action_summary.ActionSummarizeConversation().run(
        dispatcher, make_tracker(events=EVENTS), domain
    )

    assert events[0]["value"] == "- router down 3x this week"
    assert recorded["feature_context"] == "handoff_summary"
    assert recorded["input_tokens"] == 120
    fake_client.messages.create.assert_awaited_once()


def test_ticket_summary_uses_cohere(monkeypatch, dispatcher, domain):
    class FakeCo:
        def chat(self, **kwargs):
            self.kwargs = kwargs
            return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=" Router outage. ")]))

    co = FakeCo()
    monkeypatch.setattr(action_summary, "get_cohere_client", lambda: co)
    events = action_summary.ActionSummarizeForTicket().run(dispatcher, make_tracker(events=EVENTS), domain)
    assert events[0]["value"] == "Router outage."
    assert co.kwargs["messages"][1]["content"].startswith("customer:")
