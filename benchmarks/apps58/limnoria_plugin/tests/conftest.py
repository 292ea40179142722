"""pytest setup for the pure-python helpers (no running bot needed).

The PluginTestCase suites live in plugins/*/test.py and are run with
supybot-test; these are the fast unit tests CI runs on every push.
"""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "plugins"))


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch):
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY",
                "MISTRAL_API_KEY", "OPENROUTER_API_KEY"):
        monkeypatch.setenv(var, "test-key")


@pytest.fixture(autouse=True)
def _clear_client_cache():
    from LLM.local import clients
    clients.clear_cache()
    yield
    clients.clear_cache()
