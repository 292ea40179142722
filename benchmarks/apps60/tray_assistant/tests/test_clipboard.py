from tray import clipboard, services


def test_summarise_uses_openai(fake_services):
    out = clipboard.summarise_clipboard("The quick brown fox jumps over the lazy dog.")
    assert out == "fake summary"
    call = fake_services["openai_client"].calls[0]
    assert call["model"] == "gpt-4o-mini"
    assert "lazy dog" in call["messages"][1]["content"]


def test_empty_clipboard(fake_services):
    assert clipboard.summarise_clipboard("") == "The clipboard is empty."


def test_hf_fallback_when_no_openai(fake_services, monkeypatch):
    monkeypatch.setattr(services, "openai_client", None)
    out = clipboard.summarise_clipboard("Some text that is long enough to summarise.")
    assert out.startswith("\u2022 ")


def test_fake_client_records_calls():
    from tests.fakes import FakeOpenAI

    fake = FakeOpenAI(reply="hi")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "hi"
    assert fake.calls == [{"model": "gpt-4o-mini", "messages": []}]
