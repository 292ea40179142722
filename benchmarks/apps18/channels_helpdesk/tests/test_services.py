from types import SimpleNamespace
from unittest import mock

import pytest

from helpdesk.services import costs, drafting, triage


def _ticket(**kw):
    defaults = dict(pk=1, subject="Invoice wrong", body="You charged me twice!!", priority="normal")
    defaults.update(kw)
    t = SimpleNamespace(**defaults)
    t.mark_triaged = lambda: None
    t.save = mock.Mock()
    return t


def test_classify_ticket_uses_groq(fake_groq):
    result = triage.classify_ticket(_ticket())
    assert result["category"] == "billing"
    assert fake_groq.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_parse_falls_back_on_garbage():
    assert triage._parse("not json")["category"] == "other"
    assert triage._parse('{"category": "weird", "priority": "p0"}') == {"category": "other", "priority": "normal"}


@pytest.mark.asyncio
async def test_tracked_classification_goes_through_service(chat_response):
    fake = mock.AsyncMock(return_value=SimpleNamespace(text='{"category": "bug"}'))
    with mock.patch.object(triage.multi_model_service, "generate_response", fake):
        result = await triage.aclassify_ticket_tracked(_ticket())
    assert result["category"] == "bug"
    fake.assert_awaited_once()


def test_apply_triage_sets_fields():
    t = _ticket()
    triage.apply_triage(t, {"category": "bug", "priority": "urgent", "sentiment": "negative", "language": "de"})
    assert t.priority == "urgent"
    t.save.assert_called_once()


def test_estimate_cost_known_model():
    assert costs.estimate_cost("openai/gpt-4o-mini", 1_000_000, 0) == 0.15


def test_truncate_to_tokens_keeps_short_text():
    assert costs.truncate_to_tokens("hello world", 50) == "hello world"


def test_openai_drafter_with_fake_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="Dear customer"))]
    )
    ticket = SimpleNamespace(pk=5, subject="x", body="y", customer=SimpleNamespace(name="Ann"))
    with mock.patch.object(drafting, "ticket_transcript", return_value="transcript"):
        text = drafting.OpenAIDrafter(client).generate(ticket)
    assert text == "Dear customer"
    client.chat.completions.create.assert_called_once()


def test_registry_picks_team_provider():
    with mock.patch.dict(drafting._REGISTRY, {"claude": lambda: "claude-drafter"}):
        with mock.patch.dict(drafting.TEAM_PROVIDER, {"nl": "claude"}):
            assert drafting.get_drafter("nl") == "claude-drafter"
