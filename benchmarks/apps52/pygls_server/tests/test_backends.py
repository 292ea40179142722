import pytest

from ai_lsp.backends import BackendNotConfigured, BackendRegistry, build_registry
from ai_lsp.settings import Settings
from ai_lsp.backends import CompletionResult
from ai_lsp.llm_usage_tracker import LLMUsageTracker
from ai_lsp.multi_model_service import MultiModelService, TaskComplexity


def test_lazy_instantiation():
    created = []
    reg = BackendRegistry()
    reg.register("x", lambda: created.append(1) or object())
    assert created == []
    a = reg.get("x")
    b = reg.get("x")
    assert a is b and created == [1]


def test_unknown_backend():
    with pytest.raises(BackendNotConfigured):
        BackendRegistry().get("nope")


def test_build_registry_names(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    reg = build_registry(Settings())
    assert reg.names() == ["anthropic", "codestral", "fireworks", "ollama", "openai"]


def test_settings_from_init_options():
    s = Settings.from_init_options({"aiLsp": {"completionBackend": "openai", "apiKeys": {"mistral": "m"}}})
    assert s.completion_backend == "openai"
    assert s.api_key("mistral") == "m"


class _Backend:
    model = "fake"

    async def chat(self, system, user, *, max_tokens=1024):
        return CompletionResult(text="ok", model="fake", input_tokens=3, output_tokens=2)


class _Registry:
    def get(self, name):
        return _Backend()


async def test_generate_response_records_usage(tmp_path, monkeypatch):
    tracker = LLMUsageTracker(sink=tmp_path / "u.jsonl")
    monkeypatch.setattr("ai_lsp.multi_model_service.llm_tracker", tracker)
    svc = MultiModelService()
    svc.bind(_Registry())
    text = await svc.generate_response(prompt="hi", task_type="chat", complexity=TaskComplexity.SIMPLE)
    assert text == "ok"
    assert tracker._buffer[0].input_tokens == 3


async def test_unbound_service_raises():
    with pytest.raises(RuntimeError):
        await MultiModelService().generate_response(prompt="hi")
