import pytest

from shared import config


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", "test")
    monkeypatch.setenv("TOGETHER_API_KEY", "test")
    monkeypatch.setenv("XAI_API_KEY", "test")
    monkeypatch.setenv("FIREWORKS_API_KEY", "test")
    config.get_settings.cache_clear()
    yield
    config.get_settings.cache_clear()
