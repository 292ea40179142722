import asyncio
import decimal
import types
from unittest import mock

import pytest

from portal.services import billing_service, moderation_service
from portal.services.llm_usage_tracker import LLMUsageTracker
from portal.services.multi_model_service import TaskComplexity, multi_model_service
from portal.services.notifications import WeeklyReport


def test_calculate_cost_known_model():
    cost = billing_service.calculate_cost("gpt-4o-mini", 1_000_000, 1_000_000)
    assert cost == decimal.Decimal("0.75")


def test_calculate_cost_unknown_model_is_free():
    assert billing_service.calculate_cost("mystery", 10, 10) == 0


def test_tracker_records_tokens():
    tracker = LLMUsageTracker()

    async def run():
        async with tracker.track_llm_call(provider="x", model="m", feature_context="t") as usage_log:
            usage_log.input_tokens = 3
            usage_log.output_tokens = 4

    asyncio.run(run())
    assert tracker.recent()[0].output_tokens == 4


def test_multi_model_routes_simple_to_openai(fake_registry):
    text = asyncio.run(multi_model_service.generate_response(
        prompt="ping", task_type="test", complexity=TaskComplexity.SIMPLE,
    ))
    assert text == "fake completion"


def test_moderation_flags(monkeypatch, fake_session):
    fake = mock.MagicMock()
    first = types.SimpleNamespace(
        flagged=True,
        categories=types.SimpleNamespace(model_dump=lambda: {"harassment": True, "violence": False}),
    )
    fake.moderations.create.return_value = types.SimpleNamespace(results=[first])
    monkeypatch.setattr(moderation_service.registry, "get", lambda name: fake)
    result = moderation_service.moderate("you are terrible")
    assert result.flagged and result.categories == ["harassment"]


def test_weekly_report_generate():
    t = types.SimpleNamespace(id=1, status="open", subject="Cannot log in")
    assert "Cannot log in" in WeeklyReport([t]).generate()


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_translator_uses_gemini(monkeypatch, lang):
    from portal.services import translation_service

    client = mock.MagicMock()
    client.models.generate_content.return_value = types.SimpleNamespace(text="übersetzt")
    monkeypatch.setattr(translation_service, "get_gemini_client", lambda: client)
    assert translation_service.Translator().translate("hello", lang) == "übersetzt"
