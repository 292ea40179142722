import os
import sys
import types

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "pykrita"))


class FakeKrita:
    settings: dict = {}

    @classmethod
    def instance(cls):
        return cls()

    def readSetting(self, group, key, default):  # noqa: N802
        return self.settings.get((group, key), default)

    def writeSetting(self, group, key, value):  # noqa: N802
        self.settings[(group, key)] = value

    def activeDocument(self):  # noqa: N802
        return None


if "krita" not in sys.modules:
    krita = types.ModuleType("krita")
    krita.Krita = FakeKrita
    krita.Extension = object
    krita.DockWidget = object
    krita.DockWidgetFactory = lambda *a, **k: None
    krita.DockWidgetFactoryBase = types.SimpleNamespace(DockRight=2)
    sys.modules["krita"] = krita


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch):
    from art_muse import settings
    from art_muse.backends import registry

    FakeKrita.settings.clear()
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STABILITY_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    settings.invalidate()
    registry.clear_instances()
    yield
    settings.invalidate()
