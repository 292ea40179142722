"""Stub out ``aqt``/``anki`` so the add-on modules import without Anki."""
import os
import sys
import types
from unittest import mock

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(ROOT))


def _stub(name, **attrs):
    mod = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(mod, k, v)
    sys.modules[name] = mod
    return mod


class _Hook(list):
    pass


_stub("aqt", mw=mock.MagicMock(), gui_hooks=types.SimpleNamespace(
    editor_did_init_buttons=_Hook(), reviewer_did_show_answer=_Hook(),
    browser_will_show_context_menu=_Hook(), profile_did_open=_Hook()))
_stub("aqt.qt", **{n: mock.MagicMock() for n in (
    "QAction", "QKeySequence", "QDialog", "QComboBox", "QDialogButtonBox", "QHBoxLayout", "QLabel",
    "QListWidget", "QPlainTextEdit", "QPushButton", "QSpinBox", "QVBoxLayout", "QFormLayout",
    "QLineEdit", "QMenu", "qconnect")})
_stub("aqt.operations", QueryOp=mock.MagicMock(), CollectionOp=mock.MagicMock())
_stub("aqt.utils", showInfo=mock.MagicMock(), showWarning=mock.MagicMock(),
      showText=mock.MagicMock(), tooltip=mock.MagicMock())
_stub("aqt.editor", Editor=object)
_stub("aqt.browser", Browser=object)
_stub("anki")
_stub("anki.cards", Card=object)
_stub("anki.notes", NoteId=int)


@pytest.fixture(autouse=True)
def config_override(tmp_path, monkeypatch):
    from ai_flashcards.core import config

    config.set_override({
        "default_provider": "openai",
        "openai_api_key": "sk-test",
        "anthropic_api_key": "sk-ant-test",
        "gemini_api_key": "g-test",
        "deepseek_api_key": "ds-test",
        "cohere_api_key": "co-test",
        "target_language": "German",
    })
    monkeypatch.setattr("ai_flashcards.core.cache.user_files_dir", lambda: str(tmp_path))
    yield
    config.set_override(None)
