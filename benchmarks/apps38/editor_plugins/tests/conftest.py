import os
import sys

import pytest

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

from core import config  # noqa: E402
from core.clients import reset_clients  # noqa: E402


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch):
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "CODESTRAL_API_KEY", "GROQ_API_KEY", "DEEPSEEK_API_KEY"):
        monkeypatch.setenv(var, "test-key")
    settings = config.load_settings_from_dict({"fim_max_tokens": 16})
    reset_clients()
    yield settings
    reset_clients()
