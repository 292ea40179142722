import os

import pytest

from src.config import reset_settings_for_tests
from src.llm.clients import clear_client_cache


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch):
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "FIREWORKS_API_KEY", "REPLICATE_API_TOKEN", "VOYAGE_API_KEY"):
        monkeypatch.setenv(key, "test-key")
    monkeypatch.setenv("TRACK_LLM_USAGE", "0")
    reset_settings_for_tests()
    clear_client_cache()
    yield
    reset_settings_for_tests()
    clear_client_cache()


@pytest.fixture
def sample_plan_json():
    return '{"focus": ["dog", "beach"], "style": "literal", "needs_ocr": false, "needs_upscale": false, "max_words": 25}'


@pytest.fixture
def tmp_weights(tmp_path):
    os.makedirs(tmp_path / "weights", exist_ok=True)
    return tmp_path / "weights"
