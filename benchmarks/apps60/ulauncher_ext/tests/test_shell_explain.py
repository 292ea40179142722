import json

from src.shell_explain import explain, explain_with_groq, looks_dangerous
from tests.fakes import FakeOpenAI


def test_looks_dangerous():
    assert looks_dangerous("sudo rm -rf / --no-preserve-root")
    assert not looks_dangerous("ls -la")


def test_explain_with_groq_parses_json():
    payload = {"summary": "lists files", "parts": [{"token": "-l", "meaning": "long"}], "dangerous": False}
    client = FakeOpenAI(json.dumps(payload))
    expl = explain_with_groq(client, "ls -l")
    assert expl.summary == "lists files"
    assert expl.parts[0]["token"] == "-l"
    assert client.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_explain_with_groq_bad_json():
    expl = explain_with_groq(FakeOpenAI("not json"), "ls")
    assert expl.summary == "not json"


def test_explain_without_keys(monkeypatch):
    monkeypatch.setattr("src.shell_explain.man_summary", lambda c: "ls (1) - list directory contents")
    expl = explain("ls -la")
    assert "list directory" in expl.summary
