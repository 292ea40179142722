import pytest

from mopidy_aidj.dj.commentary import Commentator, CommentaryError
from mopidy_aidj.llm.registry import ProviderRegistry

from .conftest import FakeAnthropic, FakeOpenAI


@pytest.fixture
def registry():
    reg = ProviderRegistry()
    reg.clients = {"anthropic": FakeAnthropic(), "openai": FakeOpenAI(), "xai": FakeOpenAI("Grok says hi.")}
    reg.models = {"anthropic": "claude-test", "openai": "gpt-test", "xai": "grok-test"}
    return reg


def test_anthropic_segue(registry, tracks):
    c = Commentator(registry, provider="anthropic")
    text = c.segue(tracks[0], tracks[1])
    assert text == "And now, something gentle."
    call = registry.get("anthropic").messages.calls[0]
    assert call["model"] == "claude-test"
    assert "Song 1" in call["messages"][0]["content"]


def test_xai_segue_uses_openai_shape(registry, tracks):
    c = Commentator(registry, provider="xai")
    assert c.segue(tracks[0], tracks[1]) == "Grok says hi."


def test_unknown_provider(registry, tracks):
    with pytest.raises(CommentaryError):
        Commentator(registry, provider="bard", model="x").segue(tracks[0], tracks[1])


def test_trim_long_text(registry, tracks):
    registry.clients["anthropic"] = FakeAnthropic("word " * 80)
    c = Commentator(registry, provider="anthropic", max_words=10)
    assert c.segue(tracks[0], tracks[1]).endswith("…")


def test_registry_skips_unconfigured(ext_config):
    reg = ProviderRegistry.from_config(ext_config)
    assert "cohere" not in reg
    assert "together" not in reg
    assert set(reg.available()) == {"anthropic", "openai", "xai"}
