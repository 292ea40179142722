from mkdocs_ai_docs.cache import CacheEntry, ResponseCache
from mkdocs_ai_docs.utils.costs import estimate_cost
from mkdocs_ai_docs.utils.markdown import insert_summary, iter_images, replace_alt


def test_roundtrip(tmp_path):
    cache = ResponseCache(tmp_path)
    key = cache.key_for("a", "b")
    assert cache.get("k", key) is None
    cache.set("k", key, "value", "m")
    assert cache.get("k", key) == "value"
    assert (cache.hits, cache.misses) == (1, 1)


def test_entry_create():
    entry = CacheEntry.create("summaries", "abc", "v", "gpt-4o-mini")
    assert entry.kind == "summaries" and entry.created > 0


def test_replace_alt():
    md = "Intro ![](img/a.png) and ![ok](b.png)"
    images = list(iter_images(md))
    assert [i.alt for i in images] == ["", "ok"]
    assert replace_alt(md, images[0], "A diagram") == "Intro ![A diagram](img/a.png) and ![ok](b.png)"


def test_insert_summary_after_h1():
    out = insert_summary("# T\nbody\n", "line one")
    assert out.startswith("# T\n\n!!! abstract")


def test_cost():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown", 10, 10) == 0.0
