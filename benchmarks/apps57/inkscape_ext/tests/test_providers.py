import pytest

from ai_ext_common import clients, providers
from ai_ext_common.errors import EmptyResponse, MissingCredentials

from .fakes import FakeAnthropic, FakeGenai, FakeHF, FakeOpenAI


def test_openai_backend_uses_given_client():
    fake = FakeOpenAI(reply="  <svg/>  ")
    backend = providers.OpenAIBackend(client=fake, model="gpt-4o-mini")
    assert backend.complete("sys", "user") == "<svg/>"
    name, kwargs = fake.calls[0]
    assert kwargs["messages"][0] == {"role": "system", "content": "sys"}


def test_empty_answer_raises():
    backend = providers.OpenAIBackend(client=FakeOpenAI(reply=" "))
    with pytest.raises(EmptyResponse):
        backend.complete("s", "u")


def test_anthropic_backend(monkeypatch):
    fake = FakeAnthropic(reply="hello")
    monkeypatch.setattr(clients, "get_anthropic_client", lambda: fake)
    assert providers.get_backend("anthropic").complete("s", "u") == "hello"
    assert fake.calls[0]["system"] == "s"


def test_gemini_backend(monkeypatch):
    fake = FakeGenai(reply="hi")
    monkeypatch.setattr(clients, "get_genai_client", lambda: fake)
    assert providers.get_backend("gemini").complete("s", "u") == "hi"


def test_hf_backend(monkeypatch):
    fake = FakeHF(reply="hallo")
    monkeypatch.setattr(clients, "get_hf_client", lambda: fake)
    assert providers.get_backend("hf").complete("s", "u") == "hallo"
    # the fake is called directly here to check its recording
    fake.chat_completion([{"role": "user", "content": "x"}], model="m")
    assert len(fake.calls) == 2


def test_missing_key_message():
    with pytest.raises(MissingCredentials) as err:
        clients.get_openai_client()
    assert "OPENAI_API_KEY" in str(err.value)


def test_fake_openai_direct():
    fake = FakeOpenAI(reply="x")
    out = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content == "x"
