import os

import pytest

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("TOGETHER_API_KEY", "tg-test")
os.environ.setdefault("FIREWORKS_API_KEY", "fw-test")
os.environ.setdefault("CEREBRAS_API_KEY", "csk-test")
os.environ.setdefault("SAMBANOVA_API_KEY", "sn-test")

from gateway.providers.base import ProviderSpec  # noqa: E402
from gateway.providers.together_ai import TogetherProvider  # noqa: E402
from gateway.schemas import ChatRequest  # noqa: E402
from gateway.services.moderation import Verdict  # noqa: E402


class FakeCompletions:
    def __init__(self, text="hello"):
        self.text = text
        self.calls = []

    async def create(self, **kwargs):
        from types import SimpleNamespace as NS

        self.calls.append(kwargs)
        return NS(
            choices=[NS(message=NS(content=self.text, tool_calls=None), finish_reason="stop")],
            usage=NS(prompt_tokens=3, completion_tokens=1, total_tokens=4),
        )


class FakeClient:
    def __init__(self, text="hello"):
        from types import SimpleNamespace as NS

        self.chat = NS(completions=FakeCompletions(text))


@pytest.fixture
def fake_client():
    return FakeClient()



@pytest.mark.asyncio
async def test_together_chat_normalises_usage(fake_client):
    provider = TogetherProvider(client=fake_client)
    req = ChatRequest(model="llama-3.3-70b", messages=[{"role": "user", "content": "hi"}], max_tokens=5)
    result = await provider.chat(ProviderSpec("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"), req)
    assert result.text == "hello"
    assert result.usage.total_tokens == 4
    assert fake_client.chat.completions.calls[0]["max_tokens"] == 5


def test_llama_guard_verdict_parsing():
    assert Verdict.parse("safe").safe
    v = Verdict.parse("unsafe\nS1,S10")
    assert not v.safe and v.categories == ["S1", "S10"]


@pytest.mark.asyncio
async def test_live_cerebras_roundtrip():
    pytest.importorskip("cerebras.cloud.sdk")
    import os

    if os.environ.get("CEREBRAS_API_KEY", "").startswith("csk-test"):
        pytest.skip("no live key")
    from cerebras.cloud.sdk import AsyncCerebras

    client = AsyncCerebras()
    out = await client.chat.completions.create(
        model="llama3.1-8b", messages=[{"role": "user", "content": "say ok"}], max_completion_tokens=3
    )
    assert out.choices
