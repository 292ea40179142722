import json

from menubar.settings import Settings, load_settings, save_settings


def test_defaults_when_missing(tmp_path):
    s = load_settings(tmp_path / "nope.json")
    assert s.provider == "openai"
    assert s.model_for("deepseek") == "deepseek-chat"


def test_roundtrip(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    path = tmp_path / "settings.json"
    s = Settings(provider="ollama", tone="formal")
    save_settings(s, path)
    again = load_settings(path)
    assert again.provider == "ollama"
    assert again.tone == "formal"


def test_legacy_single_model(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"provider": "anthropic", "model": "claude-3-opus-latest"}))
    assert load_settings(path).model_for() == "claude-3-opus-latest"
