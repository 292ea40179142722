"""Stub out gi.repository so the shared code can be imported without GIMP."""
import os
import sys
import types
from unittest import mock

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, "plug-ins")
sys.path.insert(0, PLUGINS)


def _install_gi_stubs():
    gi = types.ModuleType("gi")
    gi.require_version = lambda name, version: None
    repo = types.ModuleType("gi.repository")
    for name in ("Gimp", "GimpUi", "GLib", "GObject", "Gio", "Gegl", "Gtk"):
        setattr(repo, name, mock.MagicMock(name=name))
    repo.Gimp.directory.return_value = "/tmp/gimp-profile-test"
    gi.repository = repo
    sys.modules["gi"] = gi
    sys.modules["gi.repository"] = repo
    return repo


GI = _install_gi_stubs()


@pytest.fixture
def gi_repo():
    return GI


@pytest.fixture
def tmp_settings(tmp_path, monkeypatch):
    from ai_common import settings as settings_mod

    path = tmp_path / "settings.json"
    monkeypatch.setattr(settings_mod, "settings_path", lambda: str(path))
    monkeypatch.setattr(settings_mod, "profile_dir", lambda: str(tmp_path))
    for env in settings_mod.ENV_KEYS.values():
        monkeypatch.delenv(env, raising=False)
    settings_mod._cached = None
    yield path
    settings_mod._cached = None


class FakeMessage:
    def __init__(self, content):
        self.content = content


class FakeChoice:
    def __init__(self, content):
        self.message = FakeMessage(content)


class FakeCompletion:
    def __init__(self, content, prompt_tokens=10, completion_tokens=5):
        self.choices = [FakeChoice(content)]
        self.usage = types.SimpleNamespace(prompt_tokens=prompt_tokens,
                                           completion_tokens=completion_tokens)


class FakeOpenAI:
    """Tiny stand-in for openai.OpenAI used by palette tests."""

    def __init__(self, reply):
        self.calls = []
        outer = self

        class _Completions:
            def create(self, **kwargs):
                outer.calls.append(kwargs)
                return FakeCompletion(reply)

        self.chat = types.SimpleNamespace(completions=_Completions())


@pytest.fixture
def fake_openai():
    return FakeOpenAI
