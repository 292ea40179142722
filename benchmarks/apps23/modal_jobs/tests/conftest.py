import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

for key in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "GEMINI_API_KEY", "XAI_API_KEY", "GROQ_API_KEY", "REPLICATE_API_TOKEN"):
    os.environ.setdefault(key, "test-key")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")


@pytest.fixture(autouse=True)
def _clear_provider_caches():
    import providers

    for name in providers.__all__:
        getattr(providers, name).cache_clear()
    yield


@pytest.fixture
def no_db(monkeypatch):
    saved = []
    monkeypatch.setattr("common.storage.JobRecord.save", lambda self: saved.append(self))
    return saved
