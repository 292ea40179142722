from __future__ import annotations

import argparse
from types import SimpleNamespace
from unittest.mock import MagicMock

from termpal import headless


def test_build_prompt_wraps_stdin():
    assert headless.build_prompt("q", "") == "q"
    assert "<input>\ndata\n</input>" in headless.build_prompt("q", "data")


def test_ask_openai_uses_responses(monkeypatch, settings):
    client = MagicMock()
    client.responses.create.return_value = SimpleNamespace(output_text="42")
    monkeypatch.setattr(headless, "get_openai_sync", lambda: client)
    assert headless.ask_openai(settings, "meaning of life") == "42"
    client.responses.create.assert_called_once()


def test_run_prints_answer(monkeypatch, capsys, settings):
    monkeypatch.setattr(headless, "load_settings", lambda: settings)
    monkeypatch.setattr(headless, "_read_stdin", lambda: "")
    monkeypatch.setitem(headless.FAST_PATHS, "openai", lambda s, p, m: "ok")
    rc = headless.run(argparse.Namespace(prompt="hi", provider="openai", model=None))
    assert rc == 0
    assert capsys.readouterr().out.strip() == "ok"
