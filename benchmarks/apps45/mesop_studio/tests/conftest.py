import pytest

from studio.backends import factories


@pytest.fixture(autouse=True)
def _no_real_clients(monkeypatch):
    def boom():
        raise AssertionError("tests must not build real SDK clients")

    for name in ("get_openai_client", "get_anthropic_client", "get_genai_client",
                 "get_mistral_client", "get_deepseek_client"):
        monkeypatch.setattr(factories, name, boom)
    yield


@pytest.fixture
def tmp_history(tmp_path):
    from studio.history_store import HistoryStore

    return HistoryStore(str(tmp_path / "history.jsonl"))
