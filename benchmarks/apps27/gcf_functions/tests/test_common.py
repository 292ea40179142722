import pytest

from common.cost import completion_cost, monthly_projection
from common.firestore_store import GeneratedContent
from common.text_utils import SlugGenerator, batch_by_tokens, strip_code_fences
from tests.fakes import FakeFirestoreDoc, FakeGenaiClient


def test_completion_cost_known_and_unknown():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert completion_cost("some-new-model", 1_000_000, 1_000_000) == pytest.approx(4.0)


def test_monthly_projection():
    rows = [{"model": "deepseek-chat", "input_tokens": 1_000_000, "output_tokens": 0}]
    assert monthly_projection(rows) == pytest.approx(8.1)


def test_slug_generator_dedupes():
    g = SlugGenerator()
    assert g.generate("Porto à la carte") == "porto-a-la-carte"
    assert g.generate("Porto à la carte") == "porto-a-la-carte-2"


def test_batch_by_tokens():
    batches = list(batch_by_tokens(["a" * 400] * 5, budget=250))
    assert [len(b) for b in batches] == [2, 2, 1]


def test_strip_code_fences():
    assert strip_code_fences("```json\n{}\n```") == "{}"


def test_generated_content_create_then_firestore_create():
    store = {}
    rec = GeneratedContent.create("L1", "description", "text", model="m", provider="p")
    doc = FakeFirestoreDoc(store, rec.doc_id())
    doc.create(rec.to_dict())
    assert store["description-en-GB"]["body"] == "text"


def test_fake_genai_embed_shape():
    fake = FakeGenaiClient()
    resp = fake.models.embed_content(model="text-embedding", contents=["a", "b"])
    assert len(resp.embeddings) == 2
