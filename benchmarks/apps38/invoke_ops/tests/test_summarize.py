from opslib.summarize import Summarizer, status_page_blurb, summarize_incident

INCIDENT = {"id": "P1", "title": "API 500s", "urgency": "high"}
EVENTS = [{"at": "10:00", "who": "pd", "what": "triggered"}]


def test_summarize_incident_uses_given_client(fake_openai):
    summary = summarize_incident(fake_openai, "gpt-4o-mini", INCIDENT, EVENTS, "ana: looking")
    assert summary.text == "- fixed the thing"
    name, kwargs = fake_openai.calls[0]
    assert name == "chat.completions.create"
    assert "API 500s" in kwargs["messages"][1]["content"]


def test_status_page_blurb(fake_openai):
    summary = summarize_incident(fake_openai, "gpt-4o-mini", INCIDENT, EVENTS, "")
    assert status_page_blurb(fake_openai, "gpt-4o-mini", summary) == "- fixed the thing"


def test_followups_split_lines(fake_openai):
    fake_openai.reply = "- one\n- two\n"
    s = Summarizer(fake_openai, "gpt-4o-mini")
    assert s.followups("whatever") == ["one", "two"]


def test_registry_fallback(monkeypatch, settings, fake_openai):
    from opslib import registry

    def boom(*a, **k):
        raise RuntimeError("vendor down")

    monkeypatch.setitem(registry.DRAFTERS, "openai", boom)
    monkeypatch.setattr(registry, "get_azure_openai", lambda: fake_openai)
    used, text = registry.draft("openai", "prompt", "system", settings, fallbacks=("azure",))
    assert used == "azure"
    assert text == "- fixed the thing"


def test_registry_all_fail(monkeypatch, settings):
    import pytest

    from opslib import registry

    def boom(*a, **k):
        raise RuntimeError("down")

    for name in list(registry.DRAFTERS):
        monkeypatch.setitem(registry.DRAFTERS, name, boom)
    with pytest.raises(RuntimeError):
        registry.draft("openai", "p", "s", settings)
