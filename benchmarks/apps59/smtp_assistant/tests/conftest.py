import pytest

from assistant.parsing import parse_message

RAW = b"""From: Jane Doe <jane@customer.io>
To: assistant@example.com
Subject: Site down since this morning
Message-ID: <abc123@customer.io>
Date: Mon, 03 Jun 2024 09:14:00 +0000
Content-Type: text/plain; charset=utf-8

Hi, our dashboard has been returning 500s since 8am. Can someone look?

Jane
"""


@pytest.fixture
def raw_email() -> bytes:
    return RAW


@pytest.fixture
def parsed(raw_email):
    return parse_message(raw_email)


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch):
    for k in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "PERPLEXITY_API_KEY", "HF_TOKEN"):
        monkeypatch.setenv(k, "test")
