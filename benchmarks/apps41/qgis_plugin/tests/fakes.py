"""Fake provider clients that mimic the attribute paths of the real SDKs."""
from types import SimpleNamespace


class _Recorder:
    def __init__(self, reply):
        self.reply = reply
        self.calls = []


class FakeOpenAI(_Recorder):
    def __init__(self, reply="ok"):
        super().__init__(reply)
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=self._create))
        self.responses = SimpleNamespace(create=self._responses_create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        message = SimpleNamespace(content=self.reply)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)

    def _responses_create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(output_text=self.reply)


class FakeAnthropic(_Recorder):
    def __init__(self, reply="ok"):
        super().__init__(reply)
        self.messages = SimpleNamespace(create=self._create)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text=self.reply)
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=3, output_tokens=2))


class FakeMistral(FakeOpenAI):
    def __init__(self, reply="ok"):
        super().__init__(reply)
        self.chat = SimpleNamespace(complete=self._create)


class FakeOllama(_Recorder):
    def chat(self, model, messages, **kwargs):
        self.calls.append(dict(model=model, messages=messages, **kwargs))
        return {"message": {"content": self.reply}}

    def generate(self, model, prompt, **kwargs):
        self.calls.append(dict(model=model, prompt=prompt, **kwargs))
        return {"response": self.reply}


class FakeBackend:
    name = "fake"

    def __init__(self, replies):
        self.replies = list(replies)
        self.prompts = []

    def complete(self, system, user, history=None):
        self.prompts.append(user)
        return self.replies.pop(0)
