from enrich.metrics import completion
from enrich.text import batched, chunk_document, first_json_object, truncate


def test_batched_sizes():
    assert [len(b) for b in batched(range(10), 4)] == [4, 4, 2]


def test_chunk_overlap():
    text = "a" * 4500
    chunks = chunk_document(text, max_chars=2000, overlap=200)
    assert len(chunks) == 3
    assert all(len(c) <= 2000 for c in chunks)


def test_first_json_object():
    assert first_json_object('Sure! ```json\n{"a": 1}\n```') == '{"a": 1}'


def test_truncate_prefers_sentence_end():
    text = "One sentence. " * 100
    assert truncate(text, 500).endswith(".")


def test_completion_ratio():
    assert completion(0, 0) == 1.0
    assert completion(3, 4) == 0.75
