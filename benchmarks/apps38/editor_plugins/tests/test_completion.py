from core import completion
from core.cache import CompletionCache
from core.completion import FimEngine, codestral_fim
from core.prompts import FimContext

from .fakes import FakeMistral, FakeOpenAI


def _ctx():
    return FimContext(prefix="def add(a, b):\n    ", suffix="\n", language="python")


def test_codestral_fim_uses_injected_client(fresh_settings):
    fake = FakeMistral(reply="return a + b")
    assert codestral_fim(_ctx(), fresh_settings, client=fake) == "return a + b"
    call = fake.fim.calls[0]
    assert call["prompt"].endswith("    ")
    assert call["max_tokens"] == 16


def test_fake_client_directly():
    fake = FakeMistral(reply="x")
    resp = fake.fim.complete(model="codestral-latest", prompt="a", suffix="b")
    assert resp.choices[0].message.content == "x"


def test_engine_caches(monkeypatch, fresh_settings):
    fake = FakeOpenAI(reply="return a + b")
    monkeypatch.setattr(completion, "get_deepseek", lambda beta=False: fake)
    fresh_settings.fim_provider = "deepseek"
    engine = FimEngine(fresh_settings, CompletionCache())
    assert engine.complete(_ctx()) == "return a + b"
    assert engine.complete(_ctx()) == "return a + b"
    assert len(fake.completions.calls) == 1


def test_engine_swallows_errors(monkeypatch, fresh_settings):
    def boom(ctx, settings):
        raise RuntimeError("429")

    monkeypatch.setitem(completion.BACKENDS, "codestral", boom)
    assert FimEngine(fresh_settings).complete(_ctx()) == ""
