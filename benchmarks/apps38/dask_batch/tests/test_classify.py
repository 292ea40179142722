import pandas as pd

from enrich.tasks.classify import classify_batch, classify_partition
from tests.fakes import FakeOpenAI


def test_classify_batch_parses_labels(fake_bundle):
    fake_bundle.openai.reply = "Electronics."
    out = classify_batch([{"product_id": "p1", "title": "USB-C cable", "description": "1m"}])
    assert out == [{"product_id": "p1", "category": "electronics", "classify_model": "gpt-4o-mini"}]
    assert fake_bundle.openai.calls[0]["temperature"] == 0


def test_classify_partition_unknown_label(fake_bundle):
    fake_bundle.openai.reply = "spaceships"
    df = pd.DataFrame({"product_id": ["a", "b"], "title": ["x", "y"], "description": [None, "z"]})
    out = classify_partition(df)
    assert list(out["category"]) == ["other", "other"]


def test_classify_partition_empty(fake_bundle):
    df = pd.DataFrame({"product_id": [], "title": [], "description": []})
    assert classify_partition(df).empty


def test_fake_client_direct():
    fake = FakeOpenAI(reply="toys")
    r = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert r.choices[0].message.content == "toys"
