from src.config import DEFAULT_MODELS, settings_from_preferences


def test_defaults():
    s = settings_from_preferences({})
    assert s.provider == "openai"
    assert s.effective_model == DEFAULT_MODELS["openai"]
    assert s.max_tokens == 512


def test_unknown_provider_falls_back():
    s = settings_from_preferences({"provider": "llamafile"})
    assert s.provider == "openai"


def test_generic_key_applies_to_selected_provider():
    s = settings_from_preferences({"provider": "groq", "api_key": " gsk_123 "})
    assert s.key_for("groq") == "gsk_123"


def test_bad_max_tokens():
    s = settings_from_preferences({"max_tokens": "lots"})
    assert s.max_tokens == 512


def test_tracking_toggle():
    assert settings_from_preferences({"tracking": "off"}).tracking is False
