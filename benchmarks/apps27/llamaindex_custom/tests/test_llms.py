from __future__ import annotations

from unittest.mock import MagicMock

from app.llms.anthropic_llm import ClaudeLLM
from app.llms.groq_llm import GroqLLM
from app.llms.openai_llm import OpenAIChatLLM
from tests.conftest import FakeAnthropic, FakeOpenAI


def test_claude_complete_uses_cached_system_prompt(fake_anthropic: FakeAnthropic) -> None:
    llm = ClaudeLLM(api_key="test", model="claude-test")
    llm._client = fake_anthropic
    out = llm.complete("what is a workspace?")
    assert out.text == "fake claude answer"
    sent = fake_anthropic.messages.calls[0]
    assert sent["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert out.additional_kwargs["total_tokens"] == 18


def test_fake_messages_direct() -> None:
    fake = FakeAnthropic(reply="hi")
    msg = fake.messages.create(model="x", max_tokens=5, messages=[{"role": "user", "content": "yo"}])
    assert msg.content[0].text == "hi"


def test_openai_llm_accepts_injected_client(fake_openai: FakeOpenAI) -> None:
    llm = OpenAIChatLLM(client=fake_openai, aclient=MagicMock(), model="gpt-test")
    assert llm.complete("hello").text == "fake answer"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-test"


def test_groq_llm_stream_falls_back_to_complete() -> None:
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="pong"))]
    llm = GroqLLM(client=client)
    chunks = list(llm.stream_complete("ping"))
    assert chunks[-1].text == "pong"
    client.chat.completions.create.assert_called_once()
