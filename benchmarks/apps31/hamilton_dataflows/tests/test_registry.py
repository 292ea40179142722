from __future__ import annotations

import pytest

from enrichment import registry


def test_unknown_backend():
    with pytest.raises(ValueError):
        registry.chat_backend("nope")


def test_register_custom_backend():
    registry.register("echo", lambda p: p.upper())
    assert registry.chat_backend("echo")("hi") == "HI"


def test_together_backend_with_patched_client(monkeypatch):
    class _Comp:
        def create(self, **kw):
            from types import SimpleNamespace

            return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="kw1, kw2"))])

    class _Fake:
        chat = type("C", (), {"completions": _Comp()})()

    monkeypatch.setattr(registry, "get_together", lambda: _Fake())
    assert registry.chat_backend("together")("x") == "kw1, kw2"
