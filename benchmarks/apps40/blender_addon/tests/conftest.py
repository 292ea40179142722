"""Stub out bpy so the ai/ package can be imported with plain pytest."""

import importlib
import os
import sys
import types
from unittest import mock

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = "ai_studio_helpers"


class _FakeTimers:
    def __init__(self):
        self.registered = []

    def register(self, fn, first_interval=0.0, persistent=False):
        self.registered.append(fn)

    def is_registered(self, fn):
        return fn in self.registered

    def unregister(self, fn):
        self.registered.remove(fn)

    def run_all(self):
        for fn in list(self.registered):
            if fn() is None:
                self.registered.remove(fn)


def _make_bpy():
    bpy = types.ModuleType("bpy")
    bpy.app = types.SimpleNamespace(timers=_FakeTimers(), version=(4, 2, 0), version_string="4.2.0")
    bpy.types = types.SimpleNamespace(
        Operator=object, Panel=object, AddonPreferences=object, PropertyGroup=object, UIList=object, Scene=object
    )
    props = types.ModuleType("bpy.props")
    for name in ("StringProperty", "BoolProperty", "EnumProperty", "IntProperty", "PointerProperty", "CollectionProperty"):
        setattr(props, name, lambda *a, **k: None)
    bpy.props = props
    bpy.utils = types.SimpleNamespace(register_class=lambda c: None, unregister_class=lambda c: None)
    bpy.data = types.SimpleNamespace(scenes={}, materials={}, texts={}, objects={})
    bpy.context = types.SimpleNamespace()
    return bpy, props


@pytest.fixture(scope="session", autouse=True)
def fake_bpy():
    bpy, props = _make_bpy()
    sys.modules["bpy"] = bpy
    sys.modules["bpy.props"] = props
    if PKG not in sys.modules:
        spec = importlib.util.spec_from_file_location(PKG, os.path.join(ROOT, "__init__.py"),
                                                      submodule_search_locations=[ROOT])
        pkg = importlib.util.module_from_spec(spec)
        sys.modules[PKG] = pkg
    yield bpy


@pytest.fixture
def fake_prefs():
    return types.SimpleNamespace(
        openai_api_key="sk-test", openai_model="gpt-4o-mini",
        anthropic_api_key="", anthropic_model="claude-3-5-sonnet-latest",
        google_api_key="", gemini_model="gemini-2.0-flash",
        replicate_api_token="", texture_model="owner/model:abc123",
        ollama_host="http://localhost:11434", ollama_model="llama3.1:8b",
        use_tracking_service=False,
    )


@pytest.fixture
def fake_openai():
    client = mock.MagicMock(name="OpenAI")
    choice = types.SimpleNamespace(message=types.SimpleNamespace(content="  A small room with a lamp.  "))
    client.chat.completions.create.return_value = types.SimpleNamespace(
        choices=[choice], usage=types.SimpleNamespace(prompt_tokens=10, completion_tokens=5)
    )
    return client
