from product_crawler.llm.embeddings import VoyageEmbedder
from product_crawler.postprocess.dedupe import best_match, find_near_duplicates
from tests.fakes import FakeVoyage


def test_find_near_duplicates_identical_titles():
    items = [
        {"url": "https://a/1", "title": "Kettle", "description": "steel"},
        {"url": "https://b/1", "title": "Kettle", "description": "steel"},
        {"url": "https://c/1", "title": "Completely different thing", "description": "x" * 40},
    ]
    embedder = VoyageEmbedder(client=FakeVoyage(), model="voyage-3")
    pairs = find_near_duplicates(items, threshold=0.999, embedder=embedder)
    assert any(p.left == "https://a/1" and p.right == "https://b/1" for p in pairs)


def test_best_match_uses_rerank(monkeypatch):
    fake = FakeVoyage()
    monkeypatch.setattr("product_crawler.llm.embeddings.get_voyage_client", lambda: fake)
    got = best_match({"title": "Kettle"}, [{"title": "Kettle 1.7"}, {"title": "Toaster"}])
    assert got == {"title": "Kettle 1.7"}


def test_summary_looks_bad():
    from product_crawler.postprocess.enrich import summary_looks_bad

    assert summary_looks_bad(None)
    assert summary_looks_bad("As an AI model I cannot see the page.")
    assert not summary_looks_bad("A brushed-steel 1.7 litre kettle with auto shut-off.")


def test_completeness_report_generate():
    from product_crawler.postprocess.enrich import CompletenessReport

    report = CompletenessReport([{"summary": "x", "category": "other"}, {"summary": "y"}])
    stats = report.generate()
    assert stats["summary"] == 1.0
    assert stats["category"] == 0.5
    assert "coverage" in report.render()


async def test_fireworks_classifier_with_fake_client():
    from product_crawler.llm.fireworks import FireworksClassifier
    from tests.fakes import FakeAsyncOpenAI

    fake = FakeAsyncOpenAI(reply="Sports Outdoors")
    clf = FireworksClassifier(fake, "accounts/fireworks/models/llama-v3p1-8b-instruct")
    assert await clf.classify("Tent", ["Camping"], "2-person tent") == "sports_outdoors"
    assert fake.chat.completions.calls[0]["max_tokens"] == 8
