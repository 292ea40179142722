from assistant.llm.base import ChatMessage
from assistant.llm.providers.openai_provider import OpenAIProvider
from assistant.llm.providers.groq_provider import GroqProvider

from tests.conftest import FakeOpenAI


def test_openai_provider_maps_usage():
    fake = FakeOpenAI("hello")
    provider = OpenAIProvider(client=fake, default_model="gpt-test")
    result = provider.complete([ChatMessage("user", "hi")], system="be brief")
    assert result.text == "hello"
    assert result.input_tokens == 10
    sent = fake.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}


def test_groq_provider_uses_injected_client():
    fake = FakeOpenAI("fast")
    provider = GroqProvider(client=fake)
    assert provider.complete([ChatMessage("user", "x")]).text == "fast"


def test_fake_client_directly():
    fake = FakeOpenAI()
    resp = fake.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content == "fake answer"
