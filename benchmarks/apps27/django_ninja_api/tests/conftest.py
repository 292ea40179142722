"""Shared fixtures and hand-rolled fakes for the LLM clients.

We don't use the real SDKs in tests at all: the fakes below mimic just the
attribute paths our code touches and record the kwargs they were called with.
"""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps


class _Recorder:
    def __init__(self, result):
        self.result = result
        self.calls: list[dict] = []

    def __call__(self, *args, **kwargs):
        self.calls.append({"args": args, "kwargs": kwargs})
        return self.result


class FakeOpenAI:
    def __init__(self, text: str = "A lovely home."):
        completion = SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text, parsed=None))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=20, total_tokens=30),
        )
        moderation = SimpleNamespace(
            results=[SimpleNamespace(flagged=False, categories=SimpleNamespace(model_dump=lambda: {}))]
        )
        self.chat = SimpleNamespace(completions=SimpleNamespace(create=_Recorder(completion)))
        self.responses = SimpleNamespace(create=_Recorder(SimpleNamespace(output_text=f'"{text}"')))
        self.moderations = SimpleNamespace(create=_Recorder(moderation))
        self.embeddings = SimpleNamespace(
            create=_Recorder(SimpleNamespace(data=[SimpleNamespace(embedding=[0.0] * 1024)]))
        )


class FakeAnthropic:
    def __init__(self, text: str = "Happy to help."):
        message = SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=8),
        )
        self.messages = SimpleNamespace(
            create=_Recorder(message),
            count_tokens=_Recorder(SimpleNamespace(input_tokens=100)),
        )


class FakeVoyage:
    def __init__(self, dims: int = 1024):
        self.dims = dims
        self.embed_calls: list[list[str]] = []

    def embed(self, texts, model=None, input_type=None, **kwargs):
        self.embed_calls.append(list(texts))
        return SimpleNamespace(embeddings=[[0.1] * self.dims for _ in texts], total_tokens=len(texts) * 5)

    def rerank(self, query, documents, model, top_k=None, truncation=True):
        order = list(reversed(range(len(documents))))[: top_k or len(documents)]
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=1.0 - n / 10) for n, i in enumerate(order)])

    def count_tokens(self, texts, model=None):
        return sum(len(t) // 4 for t in texts)


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI()
    monkeypatch.setattr(apps.get_app_config("core"), "openai", fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic()
    monkeypatch.setattr(apps.get_app_config("core"), "anthropic", fake)
    return fake


@pytest.fixture
def fake_voyage(monkeypatch):
    fake = FakeVoyage()
    monkeypatch.setattr(apps.get_app_config("search"), "voyage", fake)
    return fake


@pytest.fixture
def agent(django_user_model):
    return django_user_model.objects.create_user(username="agent", password="pw")


@pytest.fixture
def listing(db, agent):
    from listings.models import Listing

    return Listing.objects.create(
        agent=agent,
        status=Listing.Status.DRAFT,
        property_type=Listing.PropertyType.HOUSE,
        address="12 Elm St",
        city="Austin",
        state="TX",
        postal_code="78701",
        price=Decimal("525000"),
        bedrooms=3,
        bathrooms=Decimal("2.5"),
        square_feet=1850,
        agent_notes="New roof 2022, two-car garage, big backyard, gas fireplace.",
    )
