from __future__ import annotations

import pytest
import spacy

import llm_pipes  # noqa: F401

from .fakes import FakeCohere, FakeMistral, FakeOpenAI

_FAKES = {}


@spacy.registry.misc("test.fake_openai.v1")
def fake_openai_v1(reply: str = "- a summary"):
    return _FAKES.setdefault("openai", FakeOpenAI(reply))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    for var in ("OPENAI_API_KEY", "CO_API_KEY", "MISTRAL_API_KEY", "TOGETHER_API_KEY", "HF_TOKEN"):
        monkeypatch.setenv(var, "test-key")
    _FAKES.clear()
    yield


@pytest.fixture
def fake_openai():
    return _FAKES.setdefault("openai", FakeOpenAI())


@pytest.fixture
def fake_mistral():
    return FakeMistral({"Acme": "Acme Corporation", "J. Doe": "Jane Doe"})


@pytest.fixture
def fake_cohere():
    return FakeCohere(scores=[0.91, 0.89, 0.2], answer="Q2")


@pytest.fixture
def blank_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
