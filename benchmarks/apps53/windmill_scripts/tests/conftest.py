"""Test fixtures: a fake ``wmill`` module and fake LLM clients.

Scripts import ``wmill`` at module import time, so we install a stub in
``sys.modules`` before any ``f.*`` import happens.
"""
import sys
import types
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class FakeWmill(types.ModuleType):
    def __init__(self):
        super().__init__("wmill")
        self.resources: dict = {}
        self.variables: dict = {}
        self.state = None
        self.progress: list[int] = []

    def get_resource(self, path):
        return self.resources.get(path)

    def get_variable(self, path):
        return self.variables.get(path)

    def get_state(self):
        return self.state

    def set_state(self, value):
        self.state = value

    def set_progress(self, value):
        self.progress.append(value)

    def get_root_job_id(self):
        return "test-job"


fake_wmill = FakeWmill()
sys.modules.setdefault("wmill", fake_wmill)


# ----------------------------------------------------------------- fake LLMs
class _Recorder:
    def __init__(self, reply):
        self.calls: list[dict] = []
        self.reply = reply

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self.reply(kwargs) if callable(self.reply) else self.reply


def chat_reply(text: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                              total_tokens=prompt_tokens + completion_tokens),
    )


class FakeOpenAI:
    """Mimics the subset of openai.OpenAI the scripts use."""

    def __init__(self, text: str = "ok"):
        self.completions = _Recorder(chat_reply(text))
        self.chat = SimpleNamespace(completions=self.completions)
        self.responses = _Recorder(SimpleNamespace(output_text='{"label": "invoice", "confidence": 0.9}'))
        self.moderations = _Recorder(SimpleNamespace(results=[SimpleNamespace(flagged=False)]))
        self.files = _Recorder(SimpleNamespace(id="file-123"))
        self.files.delete = lambda file_id: None


class FakeAnthropic:
    def __init__(self, text: str = "ok"):
        reply = SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
            stop_reason="end_turn",
        )
        self.messages = _Recorder(reply)


class FakeZendesk:
    def __init__(self):
        self.notes: list[tuple[int, str]] = []

    def ticket(self, ticket_id):
        return {"id": ticket_id, "subject": "Cannot log in", "priority": "high",
                "requester_id": 42}

    def comments(self, ticket_id):
        return [{"public": True, "author_id": 42, "created_at": "2024-05-01",
                 "plain_body": "I get a 500 after SSO."}]

    def add_internal_note(self, ticket_id, body):
        self.notes.append((ticket_id, body))


@pytest.fixture
def wm():
    fake_wmill.resources.clear()
    fake_wmill.variables.clear()
    fake_wmill.state = None
    fake_wmill.progress.clear()
    return fake_wmill


@pytest.fixture
def fake_openai():
    return FakeOpenAI("- user cannot log in\n- SSO returns 500")


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic("Thanks for reaching out!")
