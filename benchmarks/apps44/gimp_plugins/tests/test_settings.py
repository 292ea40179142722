import json

from ai_common import settings as settings_mod


def test_defaults_when_missing(tmp_settings):
    s = settings_mod.load_settings()
    assert s.image_backend == "openai"
    assert s.openai_api_key == ""


def test_round_trip_keeps_extra(tmp_settings):
    s = settings_mod.load_settings()
    s.openai_api_key = "sk-test"
    s.extra["vertex_project"] = "studio-123"
    settings_mod.save_settings(s)
    data = json.loads(tmp_settings.read_text())
    assert data["vertex_project"] == "studio-123"
    again = settings_mod.load_settings()
    assert again.openai_api_key == "sk-test"
    assert again.extra["vertex_project"] == "studio-123"


def test_env_overrides_file(tmp_settings, monkeypatch):
    tmp_settings.write_text(json.dumps({"anthropic_api_key": "from-file"}))
    monkeypatch.setenv("ANTHROPIC_API_KEY", "from-env")
    assert settings_mod.load_settings().anthropic_api_key == "from-env"


def test_bad_json_is_ignored(tmp_settings):
    tmp_settings.write_text("{not json")
    assert settings_mod.load_settings().caption_model
