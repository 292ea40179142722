import pytest

from tray import services, settings

from tests.fakes import FakeAnthropic, FakeHF, FakeOpenAI


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "config_dir", lambda: tmp_path)
    monkeypatch.setattr(settings, "_cached", settings.Settings())
    yield


@pytest.fixture
def fake_services(monkeypatch):
    fakes = {
        "openai_client": FakeOpenAI(),
        "anthropic_client": FakeAnthropic(),
        "hf_client": FakeHF(),
        "history": None,
        "popup": None,
    }
    for name, value in fakes.items():
        monkeypatch.setattr(services, name, value)
    return fakes
