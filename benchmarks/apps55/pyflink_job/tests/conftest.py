import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("COHERE_API_KEY", "co-test")
os.environ.setdefault("FIREWORKS_API_KEY", "fw-test")


@pytest.fixture
def click_event():
    return {
        "session_id": "s1",
        "path": "/p/12345-running-shoe",
        "referrer": "https://www.google.com/",
        "query": "utm_source=ads",
        "history": ["/", "/c/shoes"],
    }


@pytest.fixture
def chat_messages():
    return [
        {"author": "customer", "text": "My order 8812 never arrived"},
        {"author": "agent", "text": "Sorry to hear that, let me check"},
        {"author": "customer", "text": "It has been two weeks"},
    ]
