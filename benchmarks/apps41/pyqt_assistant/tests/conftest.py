import pytest

from quill.engine.router import ProviderRouter
from fakes import FakeAnthropic, FakeGenai, FakeOpenAI


@pytest.fixture
def fake_clients():
    return {
        "openai": FakeOpenAI("rewritten"),
        "groq": FakeOpenAI("fast"),
        "anthropic": FakeAnthropic("claude says"),
        "google": FakeGenai("gemini says"),
    }


@pytest.fixture
def router(fake_clients):
    return ProviderRouter(clients=fake_clients)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    from PyQt6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GROQ_API_KEY", "XAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
