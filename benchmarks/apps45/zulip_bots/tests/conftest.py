import pytest

from botlib.clients import reset_client_cache


@pytest.fixture(autouse=True)
def _fresh_clients(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    monkeypatch.setenv("CO_API_KEY", "co-test")
    monkeypatch.setenv("PPLX_API_KEY", "pplx-test")
    reset_client_cache()
    yield
    reset_client_cache()
