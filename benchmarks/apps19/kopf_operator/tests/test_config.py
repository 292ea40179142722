from aiops_operator.config import OperatorConfig


def test_overlay_coerces_types(cfg):
    new = cfg.overlay({"probe-interval-seconds": "60", "probe_enabled": "false", "default_model": "claude-haiku"})
    assert new.probe_interval_seconds == 60
    assert new.probe_enabled is False
    assert new.default_model == "claude-haiku"
    assert cfg.probe_interval_seconds == 300  # original untouched


def test_overlay_ignores_secrets_and_unknown_keys(cfg):
    new = cfg.overlay({"mistral_api_key": "leaked", "nope": "x"})
    assert new.mistral_api_key == ""


def test_model_aliases_parsed():
    cfg = OperatorConfig().overlay({"model_aliases": "fast = gpt-4o-mini\n# comment\nsmart=claude-haiku"})
    assert cfg.resolve_model("fast") == "gpt-4o-mini"
    assert cfg.resolve_model("smart") == "claude-haiku"
    assert cfg.resolve_model(None) == cfg.default_model


def test_from_env(monkeypatch):
    monkeypatch.setenv("AIOPS_NAMESPACE", "team-a")
    monkeypatch.setenv("AIOPS_PROBE_ENABLED", "no")
    cfg = OperatorConfig.from_env()
    assert cfg.namespace == "team-a"
    assert cfg.probe_enabled is False
