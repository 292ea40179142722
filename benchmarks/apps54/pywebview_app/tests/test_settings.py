import json

from backend import settings


def test_defaults_and_roundtrip(tmp_config, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    s = settings.load_settings(force=True)
    assert s.chat_provider == "openai"
    settings.update_settings(chat_model="gpt-4o", **{"keys.openai": "sk-test-1234567890"})
    data = json.loads((tmp_config / "settings.json").read_text())
    assert data["chat_model"] == "gpt-4o"
    masked = settings.asdict_safe(settings.load_settings())
    assert masked["keys"]["openai"].startswith("sk-t")
    assert "1234567890" not in masked["keys"]["openai"]


def test_unknown_keys_go_to_extra(tmp_config):
    (tmp_config / "settings.json").write_text(json.dumps({"sidebar_width": 300}))
    s = settings.load_settings(force=True)
    assert s.extra["sidebar_width"] == 300
