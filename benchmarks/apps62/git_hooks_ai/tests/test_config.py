from gitai import config


def test_env_overrides_git(monkeypatch):
    monkeypatch.setattr(config, "_git_config", lambda key: "anthropic" if key == "provider" else None)
    monkeypatch.setenv("GITAI_PROVIDER", "groq")
    config.load_settings.cache_clear()
    assert config.load_settings().provider == "groq"


def test_git_config_used(monkeypatch):
    monkeypatch.setattr(config, "_git_config", lambda key: {"provider": "Fireworks", "max-diff-chars": "1000"}.get(key))
    config.load_settings.cache_clear()
    s = config.load_settings()
    assert s.provider == "fireworks"
    assert s.max_diff_chars == 1000
    assert s.resolved_model.startswith("accounts/fireworks")


def test_disabled(monkeypatch):
    monkeypatch.setattr(config, "_git_config", lambda key: None)
    monkeypatch.setenv("GITAI_DISABLE", "yes")
    assert config.hooks_disabled()
