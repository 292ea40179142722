import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    """Never touch the real keyring from tests."""
    fake = types.ModuleType("quill.secrets")
    fake.lookup_api_key = lambda provider: "test-key"
    monkeypatch.setitem(sys.modules, "quill.secrets", fake)
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "DEEPSEEK_API_KEY"):
        monkeypatch.setenv(var, "test-key")
