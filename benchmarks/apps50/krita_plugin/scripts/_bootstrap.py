"""Lets the scripts import ``art_muse`` outside Krita by installing a tiny stub
``krita`` module whose settings come from the environment."""
import os
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class _App:
    _settings: dict = {}

    @classmethod
    def instance(cls):
        return cls()

    def readSetting(self, group, key, default):  # noqa: N802
        return os.environ.get(f"ART_MUSE_{key.upper()}", self._settings.get((group, key), default))

    def writeSetting(self, group, key, value):  # noqa: N802
        self._settings[(group, key)] = value

    def activeDocument(self):  # noqa: N802
        return None


def install() -> None:
    if "krita" not in sys.modules:
        mod = types.ModuleType("krita")
        mod.Krita = _App
        mod.Extension = object
        mod.DockWidget = object
        mod.DockWidgetFactory = lambda *a, **k: None
        mod.DockWidgetFactoryBase = types.SimpleNamespace(DockRight=2)
        sys.modules["krita"] = mod
    sys.path.insert(0, os.path.join(ROOT, "pykrita"))
