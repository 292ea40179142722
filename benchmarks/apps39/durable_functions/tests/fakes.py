"""Hand-rolled fakes for vendor clients. Only the surface we use."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any


class _Recorder:
    def __init__(self, reply: Any) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return self.reply


def _chat_reply(text: str) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class FakeOpenAI:
    def __init__(self, text: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_Recorder(_chat_reply(text)))
        self.embeddings = _Recorder(
            SimpleNamespace(data=[SimpleNamespace(embedding=[0.1] * 1536)])
        )
        self.moderations = _Recorder(
            SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        )


class FakeAnthropic:
    def __init__(self, text: str = "summary") -> None:
        self.messages = _Recorder(
            SimpleNamespace(
                content=[SimpleNamespace(type="text", text=text)],
                usage=SimpleNamespace(input_tokens=12, output_tokens=7),
                stop_reason="end_turn",
            )
        )


class FakeTogether(FakeOpenAI):
    pass


class FakeStep:
    """Runs step handlers inline, records step ids."""

    def __init__(self) -> None:
        self.ran: list[str] = []
        self.sent: list[Any] = []

    async def run(self, step_id: str, handler, *args):
        self.ran.append(step_id)
        result = handler(*args)
        if hasattr(result, "__await__"):
            result = await result
        return result

    async def sleep(self, step_id: str, duration) -> None:
        self.ran.append(step_id)

    async def send_event(self, step_id: str, events) -> list[str]:
        self.sent.append(events)
        return ["evt-1"]

    async def invoke(self, step_id: str, *, function, data):
        self.ran.append(step_id)
        return {"invoked": True}


def fake_ctx(data: dict) -> SimpleNamespace:
    return SimpleNamespace(event=SimpleNamespace(data=data, name="test"), attempt=0)


class _FakeGenaiModels:
    def __init__(self, text: str) -> None:
        self.text = text
        self.calls: list[dict] = []

    async def generate_content(self, *, model: str, contents, config=None):
        self.calls.append({"model": model, "contents": contents})
        return SimpleNamespace(
            text=self.text,
            usage_metadata=SimpleNamespace(prompt_token_count=3, candidates_token_count=2),
        )


class FakeGenai:
    """Mimics google.genai.Client(...).aio.models."""

    def __init__(self, text: str = "gemini says hi") -> None:
        self.aio = SimpleNamespace(models=_FakeGenaiModels(text))
