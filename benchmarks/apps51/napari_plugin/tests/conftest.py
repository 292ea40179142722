from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import numpy as np
import pytest


class FakeCompletions:
    def __init__(self, text="fake caption"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.text)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)


class FakeOpenAI:
    def __init__(self, text="fake caption"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))


class FakeGeminiModels:
    def __init__(self, text="gemini caption"):
        self.text = text
        self.calls = []

    def generate_content(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(text=self.text)


class FakeGemini:
    def __init__(self, text="gemini caption"):
        self.models = FakeGeminiModels(text)


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_gemini():
    return FakeGemini()


@pytest.fixture
def fake_ollama():
    client = MagicMock()
    client.chat.return_value = {"message": {"content": "llava says nuclei"}}
    return client


@pytest.fixture
def plane():
    rng = np.random.default_rng(0)
    return (rng.random((64, 64)) * 255).astype(np.uint8)


@pytest.fixture
def patch_provider(monkeypatch):
    """Swap the client a registry entry returns."""
    from napari_scope_assist._llm import registry

    def _patch(name, client):
        spec = registry.PROVIDERS[name]
        monkeypatch.setitem(
            registry.PROVIDERS,
            name,
            registry.ProviderSpec(spec.name, lambda: client, spec.vision, spec.model_attr, spec.label),
        )
        return client

    return _patch
