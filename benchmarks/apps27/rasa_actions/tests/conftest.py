import os

import pytest

# the llm.clients module builds SDK clients at import time; give them dummy keys
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("CO_API_KEY", "co-test")
os.environ.setdefault("MISTRAL_API_KEY", "mistral-test")
os.environ.setdefault("GOOGLE_API_KEY", "google-test")

from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from llm.provider import provider  # noqa: E402


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture(autouse=True)
def _reset_provider():
    yield
    provider.reset()


@pytest.fixture
def domain():
    return {
        "intents": ["greet", "check_balance", "report_no_signal", "change_plan", "sim_swap", "nlu_fallback"],
        "responses": {
            "utter_balance": [{"text": "Your balance is {amount} EUR."}],
            "utter_restart_phone": [{"text": "Please restart your phone and wait 2 minutes."}],
        },
    }
