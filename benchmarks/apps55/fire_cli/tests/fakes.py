"""Hand-rolled fakes for the SDK clients. Shaped like the real response objects."""
from __future__ import annotations

from types import SimpleNamespace


def _usage(pt=10, ct=5):
    return SimpleNamespace(prompt_tokens=pt, completion_tokens=ct, total_tokens=pt + ct, input_tokens=pt, output_tokens=ct)


class _FakeCompletions:
    def __init__(self, parent):
        self._parent = parent

    def create(self, **kwargs):
        self._parent.calls.append(kwargs)
        content = self._parent.replies.pop(0) if self._parent.replies else "ok"
        msg = SimpleNamespace(content=content, parsed=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=_usage())


class FakeOpenAI:
    def __init__(self, replies=None):
        self.replies = list(replies or [])
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))


class _FakeMessages:
    def __init__(self, parent):
        self._parent = parent

    def create(self, **kwargs):
        self._parent.calls.append(kwargs)
        if kwargs.get("tools"):
            block = SimpleNamespace(type="tool_use", input=self._parent.tool_inputs.pop(0))
        else:
            block = SimpleNamespace(type="text", text=self._parent.replies.pop(0) if self._parent.replies else "ok")
        return SimpleNamespace(content=[block], usage=_usage())

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=len(str(kwargs.get("messages"))) // 4)


class FakeAnthropic:
    def __init__(self, replies=None, tool_inputs=None):
        self.replies = list(replies or [])
        self.tool_inputs = list(tool_inputs or [])
        self.calls: list[dict] = []
        self.messages = _FakeMessages(self)


class FakeAsyncAnthropic(FakeAnthropic):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        sync = self.messages

        class _Async:
            async def create(self_inner, **kwargs):
                return sync.create(**kwargs)

        self.messages = _Async()


class FakeContext:
    """Stands in for ToolkitContext: same attribute names, no lazy building."""

    def __init__(self, openai=None, anthropic=None, together=None, hf=None):
        self.openai = openai or FakeOpenAI()
        self.anthropic = anthropic or FakeAnthropic()
        self.aanthropic = FakeAsyncAnthropic()
        self.together = together or FakeOpenAI()
        self.hf = hf
        self.config = SimpleNamespace(concurrency=2, judge_model="claude-test", default_model="gpt-4o-mini", hf_token=None)

    def client_for(self, provider):
        return {"openai": self.openai, "anthropic": self.anthropic, "together": self.together, "huggingface": self.hf}[provider]
