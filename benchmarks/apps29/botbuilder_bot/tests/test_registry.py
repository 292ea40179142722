import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

from services import provider_registry
from services.cost import calculate_cost, summarize_usage
from services.llm_usage_tracker import UsageLog


def test_unknown_provider_falls_back():
    with patch.object(provider_registry, "get_settings", return_value=SimpleNamespace(default_provider="azure", enabled_providers=["azure"])):
        assert provider_registry.get_provider("nope").key == "azure"


def test_anthropic_adapter_uses_messages_api():
    fake = MagicMock()
    fake.messages.create = AsyncMock(return_value=SimpleNamespace(content=[SimpleNamespace(text="hi")]))
    with patch.object(provider_registry, "get_anthropic", return_value=fake), patch.object(
        provider_registry, "get_settings", return_value=SimpleNamespace(anthropic_model="claude-x")
    ):
        out = asyncio.run(provider_registry.get_provider("anthropic").complete("sys", [{"role": "user", "content": "q"}]))
    assert out == "hi"
    fake.messages.create.assert_awaited_once()


def test_fan_out_reports_errors():
    async def boom(system, messages):
        raise RuntimeError("down")

    entry = provider_registry.ProviderEntry("x", "X", boom)
    with patch.dict(provider_registry._REGISTRY, {"x": entry}):
        out = asyncio.run(provider_registry.fan_out("s", [], ["x"]))
    assert out["x"].startswith("error")


def test_calculate_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1000, 1000) == 0.00075


def test_summarize_usage_groups_by_model():
    logs = [
        UsageLog(provider="azure", model="gpt-4o-mini", feature_context="chat", input_tokens=100, output_tokens=50),
        UsageLog(provider="azure", model="gpt-4o-mini", feature_context="chat", input_tokens=100, output_tokens=50),
    ]
    assert summarize_usage(logs)["gpt-4o-mini"]["calls"] == 2
