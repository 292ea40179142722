"""Tests for the logbook digest summarizer."""

from __future__ import annotations

from unittest.mock import AsyncMock, patch

import pytest

from custom_components.llm_common.multi_model_service import GeneratedResponse
from custom_components.logbook_digest.embeddings import collapse_similar, embed_mistral
from custom_components.logbook_digest.summarizer import LogbookSummarizer

pytestmark = pytest.mark.asyncio


async def test_mistral_summary_uses_usage(hass, fake_mistral) -> None:
    summarizer = LogbookSummarizer(
        hass, provider="mistral", client=fake_mistral, model="mistral-small-latest", options={}
    )
    result = await summarizer.summarize(["08:00 Front door: opened"], "the last 24 hours")
    assert result.text == "All quiet."
    assert result.input_tokens == 42
    assert fake_mistral.chat.calls[0]["model"] == "mistral-small-latest"


async def test_fake_client_directly(fake_mistral) -> None:
    response = await fake_mistral.chat.complete_async(model="x", messages=[])
    assert response.usage.completion_tokens == 7


async def test_auto_provider_goes_through_service(hass) -> None:
    fake = GeneratedResponse(text="Quiet day.", provider="openai", model="gpt-4.1-nano", input_tokens=10, output_tokens=3)
    with patch(
        "custom_components.logbook_digest.summarizer.multi_model_service.generate_response",
        AsyncMock(return_value=fake),
    ) as mock_generate:
        summarizer = LogbookSummarizer(hass, provider="auto", client=None, model="", options={})
        result = await summarizer.summarize(["08:00 Alarm: armed"], "today")
    assert result.provider == "openai"
    mock_generate.assert_awaited_once()


async def test_empty_log(hass, fake_mistral) -> None:
    summarizer = LogbookSummarizer(hass, provider="mistral", client=fake_mistral, model="m", options={})
    result = await summarizer.summarize([], "today")
    assert result.event_count == 0
    assert fake_mistral.chat.calls == []


async def test_embed_and_collapse(fake_mistral) -> None:
    lines = ["motion on", "motion on", "door open"]
    vectors = await embed_mistral(fake_mistral, lines)
    assert collapse_similar(lines, vectors, 0.999) == ["motion on", "  (+1 similar)", "door open"]
