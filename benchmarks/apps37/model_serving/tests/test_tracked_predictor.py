import asyncio
from contextlib import asynccontextmanager
from types import SimpleNamespace

from kserve_predictors import tracked_predictor


class FakeUsageLog:
    input_tokens = 0
    output_tokens = 0


class FakeTracker:
    def __init__(self):
        self.logs = []

    @asynccontextmanager
    async def track_llm_call(self, **kwargs):
        log = FakeUsageLog()
        yield log
        self.logs.append((kwargs, log))


class FakeMultiModel:
    async def generate_response(self, prompt, task_type, complexity):
        return f"echo:{prompt}"


class FakeMessages:
    def create(self, **kwargs):
        return SimpleNamespace(
            content=[SimpleNamespace(text="claude says hi")],
            usage=SimpleNamespace(input_tokens=7, output_tokens=3),
        )


def test_tenant_chat_goes_through_service(monkeypatch):
    monkeypatch.setattr(tracked_predictor, "multi_model_service", FakeMultiModel())
    p = tracked_predictor.TenantChatPredictor("tenant-chat")
    p.load()
    out = asyncio.run(p.predict({"instances": ["hello"]}))
    assert out == {"predictions": ["echo:hello"]}


def test_tracked_claude_records_usage(monkeypatch):
    tracker = FakeTracker()
    monkeypatch.setattr(tracked_predictor, "llm_tracker", tracker)
    p = tracked_predictor.TrackedClaudePredictor("claude-tracked", "claude-test")
    p.client = SimpleNamespace(messages=FakeMessages())
    p.model = "claude-test"
    out = asyncio.run(p.predict({"instances": ["hi"]}, headers={"x-tenant-id": "acme"}))
    assert out["predictions"] == ["claude says hi"]
    kwargs, log = tracker.logs[0]
    assert kwargs["feature_context"] == "kserve:claude-tracked:acme"
    assert (log.input_tokens, log.output_tokens) == (7, 3)
