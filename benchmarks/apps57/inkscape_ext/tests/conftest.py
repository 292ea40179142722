import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai_ext_common import clients  # noqa: E402
from ai_ext_common.settings import load_settings  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("INKSCAPE_PROFILE_DIR", str(tmp_path))
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY",
                "HF_TOKEN", "OPENROUTER_API_KEY", "AI_TOOLS_PROVIDER"):
        monkeypatch.delenv(var, raising=False)
    clients.reset_clients()
    yield
    clients.reset_clients()
    load_settings.cache_clear()
