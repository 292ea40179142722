from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from quillpad.cost import calculate_cost, format_cost
from quillpad.services import providers
from quillpad.services.offline import OfflineProvider, offline_registry
from quillpad.settings import ProviderConfig
from conftest import openai_like


def test_openai_adapter_complete():
    fake = openai_like("hello")
    with patch.object(providers.clients, "get_openai_client", return_value=fake):
        p = providers.build_provider(ProviderConfig(name="openai", model="gpt-4o-mini"))
        assert p.complete([{"role": "user", "content": "hi"}]) == "hello"
    kwargs = fake.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4o-mini"


def test_anthropic_adapter_splits_system():
    fake = MagicMock()
    fake.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(type="text", text="yo")])
    with patch.object(providers.clients, "get_anthropic_client", return_value=fake):
        p = providers.build_provider(ProviderConfig(name="anthropic", model="claude"))
        out = p.complete([{"role": "system", "content": "S"}, {"role": "user", "content": "U"}])
    assert out == "yo"
    assert fake.messages.create.call_args.kwargs["system"] == "S"


def test_offline_provider_is_deterministic():
    a = OfflineProvider(seed=1).chat([{"role": "user", "content": "one two three"}])
    b = OfflineProvider(seed=1).chat([{"role": "user", "content": "one two three"}])
    assert a == b


def test_offline_registry_create_reuses():
    assert offline_registry.create("openai") is offline_registry.create("openai")


def test_calculate_cost_known_model():
    assert round(calculate_cost("gpt-4o-mini", 1_000_000, 0), 2) == 0.15


def test_unknown_model_is_free():
    assert calculate_cost("mystery", 10, 10) == 0.0


def test_format_cost():
    assert format_cost(0.001) == "<$0.01"
    assert format_cost(3.456) == "$3.46"
