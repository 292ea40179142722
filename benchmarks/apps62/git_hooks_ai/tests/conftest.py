import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture(autouse=True)
def _no_network_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test")
    monkeypatch.setenv("GROQ_API_KEY", "test")
    monkeypatch.setenv("FIREWORKS_API_KEY", "test")
    monkeypatch.delenv("GITAI_PROVIDER", raising=False)
    from gitai.config import load_settings
    from gitai.llm.clients import reset_clients

    load_settings.cache_clear()
    reset_clients()
    yield


@pytest.fixture
def staged(monkeypatch):
    from gitai import git

    def _set(diff, files=("src/app.py",), branch="feature/x"):
        monkeypatch.setattr(git, "staged_diff", lambda max_chars=None: diff)
        monkeypatch.setattr(git, "staged_files", lambda: list(files))
        monkeypatch.setattr(git, "current_branch", lambda: branch)

    return _set
