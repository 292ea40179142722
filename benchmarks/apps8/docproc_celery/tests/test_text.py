from docproc.utils.text import batched, chunk_text, normalize


def test_normalize_collapses_whitespace_and_page_footers():
    raw = "Section 1.\u00a0 Term\n\nPage 3 of 10\n\n\n\nSection 2"
    assert normalize(raw) == "Section 1. Term\n\nSection 2"


def test_chunk_text_respects_budget():
    text = "\n\n".join(["word " * 300] * 10)
    chunks = chunk_text(text, max_tokens=500, overlap_tokens=0)
    assert all(c.token_count <= 500 for c in chunks)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_batched():
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]
