from menubar.features import summarise as summarise_mod
from menubar.features.summarise import Summariser, summarise_long
from tests.conftest import FakeAnthropic, FakeOpenAI


def test_short_text_goes_to_openai(settings, monkeypatch):
    monkeypatch.setattr(summarise_mod, "count_openai_tokens", lambda text: 100)
    oai, claude = FakeOpenAI("- one\n- two"), FakeAnthropic()
    s = Summariser(settings, client=oai, long_client=claude)
    assert s.summarise("some text") == "- one\n- two"
    assert oai.chat.completions.calls[0]["model"] == "gpt-4o-mini"
    assert claude.messages.calls == []


def test_long_text_goes_to_claude(settings, monkeypatch):
    monkeypatch.setattr(summarise_mod, "count_openai_tokens", lambda text: 50_000)
    oai, claude = FakeOpenAI(), FakeAnthropic("long summary")
    s = Summariser(settings, client=oai, long_client=claude)
    assert s.summarise("x" * 10) == "long summary"
    assert oai.chat.completions.calls == []


def test_summarise_long_uses_given_model():
    claude = FakeAnthropic("ok")
    assert summarise_long(claude, "text", "claude-test") == "ok"
    assert claude.messages.calls[0]["model"] == "claude-test"


def test_fake_openai_shape():
    fake = FakeOpenAI("hello")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "hello"
