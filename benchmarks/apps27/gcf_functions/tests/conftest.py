import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("GOOGLE_CLOUD_PROJECT", "test-project")
os.environ.setdefault("DRY_RUN", "true")
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("MISTRAL_API_KEY", "test")
os.environ.setdefault("COHERE_API_KEY", "test")
os.environ.setdefault("DEEPSEEK_API_KEY", "test")


@pytest.fixture
def function_path():
    """Put a function's directory on sys.path so its sibling imports resolve."""
    added = []

    def _add(name: str):
        p = str(ROOT / "functions" / name)
        sys.path.insert(0, p)
        added.append(p)

    yield _add
    for p in added:
        sys.path.remove(p)


@pytest.fixture(autouse=True)
def _reset_clients():
    from common import clients, providers
    clients.reset_clients()
    providers._instances.clear()
    yield
