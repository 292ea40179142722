"""multi_model_service + tracker."""

from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from custom_components.llm_common.llm_usage_tracker import LLMUsageTracker
from custom_components.llm_common.multi_model_service import MultiModelService, TaskComplexity
from custom_components.llm_common.tokens import estimate_cost

pytestmark = pytest.mark.asyncio


async def test_routes_to_registered_provider(mock_anthropic_client) -> None:
    service = MultiModelService()
    service.register_client("anthropic", mock_anthropic_client)
    result = await service.generate_response("hello", task_type="test", complexity=TaskComplexity.SIMPLE)
    assert result.provider == "anthropic"
    assert result.input_tokens == 1200


async def test_ollama_usage_counts() -> None:
    client = MagicMock()
    client.chat = AsyncMock(
        return_value=SimpleNamespace(message=SimpleNamespace(content="hi"), prompt_eval_count=5, eval_count=2)
    )
    service = MultiModelService()
    service.register_client("ollama", client)
    result = await service.generate_response("hello", provider="ollama")
    assert (result.input_tokens, result.output_tokens) == (5, 2)


async def test_tracker_records_failure() -> None:
    tracker = LLMUsageTracker()
    with pytest.raises(RuntimeError):
        async with tracker.track_llm_call(provider="openai", model="gpt-4.1-mini", feature_context="t") as log:
            log.input_tokens = 10
            raise RuntimeError("boom")
    assert tracker.totals()["calls"] == 1


def test_local_models_are_free() -> None:
    assert estimate_cost("ollama", "qwen2.5:7b", 10_000, 10_000) == 0.0
    assert estimate_cost("openai", "gpt-4.1-mini", 1_000_000, 0) == pytest.approx(0.40)
