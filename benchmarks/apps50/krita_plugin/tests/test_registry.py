import pytest

from art_muse import backends
from art_muse.backends import registry
from art_muse.backends.base import BackendError, TextBackend, TextResult


def test_all_providers_registered():
    assert set(backends.text_backends()) >= {"openai", "anthropic", "fireworks"}
    assert set(backends.image_backends()) >= {"openai", "replicate", "stability"}


def test_unknown_backend_raises():
    with pytest.raises(BackendError):
        backends.get_text_backend("nope")


def test_register_custom_backend():
    @registry.register("text", "echo")
    class Echo(TextBackend):
        def complete(self, system, prompt, max_tokens=600):
            return TextResult(text=prompt, model="echo")

    backend = backends.get_text_backend("echo")
    assert backend.complete("", "hi").text == "hi"
    assert backends.get_text_backend("echo") is backend
