import pytest

from napari_scope_assist._llm import registry


def test_all_providers_registered():
    assert set(registry.PROVIDERS) == {"openai", "gemini", "anthropic", "ollama", "cerebras"}


def test_vision_providers_exclude_cerebras():
    assert "cerebras" not in registry.vision_providers()


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.get_provider("nope")
