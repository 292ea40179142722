import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
for plugin in ("incident_summary", "runbook_qa", "pr_review", "translate"):
    sys.path.insert(0, os.path.join(ROOT, "plugins", plugin))

pytest_plugins = ["errbot.backends.test"]

for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "COHERE_API_KEY", "GROQ_API_KEY"):
    os.environ.setdefault(key, "test-key")


@pytest.fixture(autouse=True)
def _clear_client_caches():
    from lib.clients import reset_clients

    reset_clients()
    yield
    reset_clients()
