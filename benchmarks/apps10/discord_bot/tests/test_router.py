import asyncio
from unittest import mock

from bot.ai.backends import ChatBackend, Completion
from bot.ai.router import ChatRouter


class FakeBackend(ChatBackend):
    def __init__(self, name, fail=False):
        super().__init__(client=None, default_model="fake")
        self.name = name
        self.fail = fail

    async def complete(self, messages, *, model=None, max_tokens=700, temperature=0.7):
        if self.fail:
            raise RuntimeError("down")
        return Completion("hi", self.name, "fake")


def test_router_falls_back():
    with mock.patch.object(ChatRouter, "_build", lambda self: None):
        router = ChatRouter()
    router._backends = {"openai": FakeBackend("openai", fail=True), "ollama": FakeBackend("ollama")}
    result = asyncio.run(router.complete([{"role": "user", "content": "x"}]))
    assert result.provider == "ollama"
    assert "openai" in router._benched_until
