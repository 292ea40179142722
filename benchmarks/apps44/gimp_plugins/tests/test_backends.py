import base64
import importlib.util
import os
import types
from unittest import mock

import pytest

from conftest import PLUGINS


def _load_backends():
    path = os.path.join(PLUGINS, "ai-image-from-prompt", "backends.py")
    spec = importlib.util.spec_from_file_location("backends", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


backends = _load_backends()


@pytest.fixture
def settings(tmp_settings):
    from ai_common.settings import load_settings

    return load_settings()


def test_registry_has_all_backends():
    assert set(backends.BACKENDS) >= {"openai", "replicate", "huggingface", "imagen"}


def test_openai_size():
    assert backends._openai_size(2000, 1000) == "1536x1024"
    assert backends._openai_size(800, 800) == "1024x1024"


def test_openai_backend_decodes_images(monkeypatch, settings):
    fake = mock.MagicMock()
    fake.moderations.create.return_value.results = [types.SimpleNamespace(flagged=False)]
    fake.images.generate.return_value.data = [types.SimpleNamespace(b64_json=base64.b64encode(b"PNG").decode())]
    monkeypatch.setattr(backends.clients, "get_openai_client", lambda: fake)
    backend = backends.OpenAIBackend(settings)
    assert backend.generate("a cat", 1024, 1024) == [b"PNG"]
    fake.images.generate.assert_called_once()


def test_flagged_prompt_is_rejected(monkeypatch, settings):
    fake = mock.MagicMock()
    fake.moderations.create.return_value.results = [types.SimpleNamespace(flagged=True)]
    monkeypatch.setattr(backends.clients, "get_openai_client", lambda: fake)
    with pytest.raises(backends.PromptRejected):
        backends.OpenAIBackend(settings).generate("bad", 512, 512)


def test_replicate_backend_reads_file_outputs(monkeypatch, settings):
    fake = mock.MagicMock()
    fake.run.return_value = [mock.Mock(read=lambda: b"IMG")]
    monkeypatch.setattr(backends.clients, "get_replicate_client", lambda: fake)
    out = backends.ReplicateBackend(settings).generate("x", 1024, 512)
    assert out == [b"IMG"]
    assert fake.run.call_args.kwargs["input"]["aspect_ratio"] == "16:9"


def test_unknown_backend(settings):
    with pytest.raises(ValueError):
        backends.get_backend("nope", settings)
