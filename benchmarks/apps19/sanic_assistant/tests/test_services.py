from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

import pytest

from assistant.helpers import TicketNumberGenerator
from assistant.services.costs import calculate_cost, estimate_cost, rough_token_count
from assistant.blueprints.search import SuggestionTrie
from assistant.services.summaries import summarize_thread
from assistant.services.triage import TicketTriager, TriageResult

from .fakes import FakeAnthropic, FakeOpenAI


async def test_classify_parses_json(fake_ctx):
    triager = TicketTriager(fake_ctx.groq)
    result = await triager.classify({"id": 1, "subject": "refund", "body": "charged twice"})
    assert result == TriageResult("billing", 2, "negative", "refund")
    sent = fake_ctx.groq.chat.completions.calls[0]
    assert sent["response_format"] == {"type": "json_object"}


async def test_classify_bad_json_falls_back():
    client = FakeOpenAI("not json")
    result = await TicketTriager(client).classify({"id": 2, "body": "?"})
    assert result.category == "other"


async def test_classify_tracked_records_usage(monkeypatch):
    from assistant.services import triage

    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=MagicMock(
            choices=[MagicMock(message=MagicMock(content='{"category": "bug", "priority": 1}'))],
            usage=MagicMock(prompt_tokens=30, completion_tokens=9),
        )
    )
    result = await TicketTriager(client).classify_tracked({"id": 3}, tenant="acme")
    assert result.category == "bug"
    client.chat.completions.create.assert_awaited_once()
    assert triage.llm_tracker._buffer[-1].input_tokens == 30


@pytest.mark.parametrize("raw,expected", [('{"category": "spam"}', "other"), ('{"category": "account"}', "account")])
def test_parse_category(raw, expected):
    assert TriageResult.parse(raw).category == expected


async def test_summarize_thread_uses_haiku():
    client = FakeAnthropic("- wanted refund\n- resolved")
    out = await summarize_thread(client, [{"role": "user", "content": "refund pls"}])
    assert out.startswith("- wanted refund")
    assert client.messages.calls[0]["model"] == "claude-3-5-haiku-latest"


async def test_fake_messages_direct():
    client = FakeAnthropic("x")
    msg = await client.messages.create(model="m", max_tokens=5, messages=[])
    assert msg.usage.output_tokens == 7


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_estimate_cost_unknown_model_is_free():
    assert estimate_cost("mystery", 1000, 1000) == 0.0


def test_calculate_cost_from_usage_dict():
    assert calculate_cost({"prompt_tokens": 1_000_000, "completion_tokens": 1_000_000}, "gpt-4o") == 12.5


def test_rough_tokens():
    assert rough_token_count("abcd" * 10) == 10


def test_trie_completion():
    t = SuggestionTrie()
    t.add("reset password", 5)
    t.add("refund", 2)
    assert t.completion("re")[0] == "reset password"


def test_ticket_numbers():
    assert TicketNumberGenerator().generate(2024, 7) == "AST-24-0007"
