from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

from studio.components.prompt_box import Suggester
from studio.services import registry
from studio.services.brand_voice import rewrite_in_brand_voice, split_variants
from studio.services.checks import SeoSuggestion, suggest_seo
from studio.services.container import services
from studio.services.llm_usage_tracker import llm_tracker
from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.utils import char_budget, first_sentence, slugify
from studio.utils.costs import estimate_cost_usd, format_usd


async def test_seo_parses_json(fake_services):
    s = await suggest_seo("Landing page copy")
    assert s == SeoSuggestion(title="T", meta_description="M", keywords=["a"])


def test_seo_handles_garbage():
    assert SeoSuggestion.from_json("not json") == SeoSuggestion()


async def test_brand_voice_passes_system_prompt(fake_services):
    out = await rewrite_in_brand_voice("copy", "linkedin", "Acme", "warm")
    assert out == "claude reply"
    kwargs = fake_services.anthropic.messages.calls[0]
    assert "Acme" in kwargs["system"]


def test_split_variants():
    assert split_variants("- one\n\n* two\n\n") == ["one", "two"]


async def test_registry_openai_variant(monkeypatch):
    client = MagicMock()
    client.responses.create = AsyncMock(return_value=MagicMock(output_text="variant"))
    monkeypatch.setattr(services, "openai", client)
    assert await registry.PROVIDERS["GPT-4o mini"]("brief", "system") == "variant"
    client.responses.create.assert_awaited_once()


async def test_mocked_messages_create_directly():
    client = MagicMock()
    client.messages.create = AsyncMock(return_value=MagicMock(content=[MagicMock(text="x")]))
    result = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[])
    assert result.content[0].text == "x"


async def test_simple_chat_routes_to_groq_and_is_tracked(fake_services):
    text = await multi_model_service.generate_response("hi", task_type="chat", complexity=TaskComplexity.SIMPLE)
    assert text.startswith("Headline one")
    [entry] = llm_tracker.history
    assert entry.provider == "groq"
    assert entry.input_tokens == 10 and entry.output_tokens == 20


async def test_rewrite_routes_to_anthropic(fake_services):
    text = await multi_model_service.generate_response("hi", task_type="rewrite", complexity=TaskComplexity.AGENTIC)
    assert text == "claude reply"
    assert fake_services.anthropic.messages.calls[0]["model"] == "claude-3-5-sonnet-latest"
    assert llm_tracker.history[-1].output_tokens == 34


async def test_unknown_route_falls_back_to_openai(fake_services):
    await multi_model_service.generate_response("hi", task_type="nonsense")
    assert fake_services.openai.calls


def test_cost_known_model():
    assert estimate_cost_usd("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_cost_unknown_model_is_zero():
    assert estimate_cost_usd("mystery", 1000, 1000) == 0.0


def test_format_usd():
    assert format_usd(0.01234) == "$0.0123"
    assert format_usd(12.5) == "$12.50"


def test_text_helpers():
    assert slugify("Spring Launch 2025!") == "spring-launch-2025"
    assert char_budget("abc", 2) == (3, False)
    assert first_sentence("Hello there. Second.") == "Hello there."


def test_suggester_completion():
    s = Suggester(["Launch announcement for X", "Webinar invite about Y"])
    assert s.completion("launch") == ["Launch announcement for X"]
