import pytest

from services.classifier import ClassifierService, LabelStore
from svc.config import Settings
from tests.fakes import FakeNATS, FakeOpenAI, fake_clients


@pytest.fixture
def service():
    return ClassifierService(FakeNATS(), settings=Settings(), llm=fake_clients())


async def test_classify_parses_json(service):
    out = await service.classify({"text": "app crashes on login"})
    assert out["label"] == "bug"


async def test_unknown_label_becomes_other():
    ds = FakeOpenAI('{"label": "weird", "confidence": 0.4}')
    svc = ClassifierService(FakeNATS(), settings=Settings(), llm=fake_clients(deepseek=ds))
    out = await svc.classify({"text": "?"})
    assert out["label"] == "other"
    assert ds.chat.completions.calls[0]["response_format"] == {"type": "json_object"}


def test_label_store():
    store = LabelStore()
    assert store.create("t1", ["b", "a", "a"]) == ["a", "b"]
