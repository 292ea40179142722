import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Settings are read at import time by some client modules; provide harmless values.
os.environ.setdefault("AZURE_OPENAI_ENDPOINT", "https://unit-test.openai.azure.com")
os.environ.setdefault("AZURE_OPENAI_API_KEY", "test-key")
os.environ.setdefault("AZURE_OPENAI_USE_MI", "false")
os.environ.setdefault("DEEPSEEK_API_KEY", "test-key")
os.environ.setdefault("COHERE_API_KEY", "test-key")
os.environ.setdefault("DOCINTEL_ENVIRONMENT", "test")


@pytest.fixture
def fake_openai():
    from tests.fakes import FakeOpenAIClient

    return FakeOpenAIClient(replies=["A short summary."])


@pytest.fixture
def fake_cohere():
    from tests.fakes import FakeCohereClient

    return FakeCohereClient()


@pytest.fixture
def sample_record():
    from shared_code.repository.models import DocumentRecord

    return DocumentRecord(
        tenant_id="contoso",
        document_id="doc-001",
        title="Invoice 2024-118",
        body="Invoice for consulting services rendered in March. Payment due within 30 days. " * 20,
    )
