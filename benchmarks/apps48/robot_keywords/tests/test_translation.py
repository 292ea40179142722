from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from libraries import TranslationLibrary as tr_module
from tests.fakes import FakeMistral


@pytest.fixture
def lib(monkeypatch):
    genai = MagicMock()
    genai.models.generate_content.return_value = SimpleNamespace(text=" Jetzt {amount} zahlen ")
    local = MagicMock()
    local.generate.return_value = {"response": "Payer {amount}"}
    monkeypatch.setattr(tr_module, "get_genai_client", lambda: genai)
    monkeypatch.setattr(tr_module, "get_mistral_client", lambda: FakeMistral('{"ok": true, "why": ""}'))
    monkeypatch.setattr(tr_module, "get_ollama_client", lambda: local)
    return tr_module.TranslationLibrary()


def test_translate_gemini_is_memoised(lib):
    assert lib.translate_ui_string("Pay {amount} now", "de") == "Jetzt {amount} zahlen"
    lib.translate_ui_string("Pay {amount} now", "de")
    assert lib._genai.models.generate_content.call_count == 1


def test_local_engine(lib):
    assert lib.translate_ui_string("Pay {amount}", "fr", engine="ollama") == "Payer {amount}"


def test_placeholders(lib):
    lib.translation_should_preserve_placeholders("Hi {name}, %s", "Hallo {name}, %s")
    with pytest.raises(AssertionError):
        lib.translation_should_preserve_placeholders("Hi {name}", "Hallo")


def test_back_translation_ok(lib):
    lib.translation_should_mean_the_same("Save", "Speichern", "de")
