from pathlib import Path

import pytest

from kestrel.config import load_settings
from kestrel.errors import ConfigError


def test_defaults():
    s = load_settings()
    assert s.providers.default_backend == "together"
    assert s.providers.ollama_host == "http://localhost:11434"


def test_file_then_env(tmp_path: Path, monkeypatch):
    cfg = tmp_path / "kestrel.toml"
    cfg.write_text('[providers]\nchat_model = "x/y"\nrequest_timeout = 5.0\n')
    monkeypatch.setenv("KESTREL_REQUEST_TIMEOUT", "9")
    s = load_settings(cfg)
    assert s.providers.chat_model == "x/y"
    assert s.providers.request_timeout == 9.0


def test_unknown_key(tmp_path: Path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[providers]\nnope = 1\n")
    with pytest.raises(ConfigError):
        load_settings(cfg)


def test_sdk_env_alias(monkeypatch):
    monkeypatch.setenv("TOGETHER_API_KEY", "tk")
    assert load_settings().providers.together_api_key == "tk"
