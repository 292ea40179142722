from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OPENAI_API_KEY", "test")
os.environ.setdefault("XAI_API_KEY", "test")

from common.config import get_settings  # noqa: E402
from common.schema import SupportMessage  # noqa: E402


@pytest.fixture(autouse=True)
def _clear_settings_cache():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def msg() -> SupportMessage:
    return SupportMessage(
        message_id="m1",
        conversation_id="c1",
        customer_id="cust-9",
        channel="email",
        subject="Invoice wrong",
        body="Hello, my invoice for March is charged twice. Please fix, thanks.",
    )
