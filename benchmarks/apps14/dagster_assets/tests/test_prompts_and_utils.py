from catalog_enrichment.llm.prompts import CLASSIFICATION_SYSTEM, taxonomy_block, truncate_to_tokens
from catalog_enrichment.utils import chunked, clean_html, completion_ratio, dedupe


def test_taxonomy_block_sorted():
    block = taxonomy_block(["Garden > Tools", "Bath > Towels"])
    assert block.splitlines() == ["- Bath > Towels", "- Garden > Tools"]
    assert "Bath > Towels" in CLASSIFICATION_SYSTEM.format(taxonomy=block)


def test_truncate_keeps_short_text():
    assert truncate_to_tokens("hello world", 50) == "hello world"


def test_chunked():
    assert [list(c) for c in chunked([1, 2, 3, 4, 5], 2)] == [[1, 2], [3, 4], [5]]


def test_clean_html():
    assert clean_html("<p>Hello&nbsp;<b>there</b></p>") == "Hello\xa0there"


def test_completion_ratio_handles_zero():
    assert completion_ratio(0, 0) == 1.0
    assert completion_ratio(1, 4) == 0.25


def test_dedupe():
    assert dedupe(["Garden hose", "garden hose ", "", "Rake"]) == ["Garden hose", "Rake"]
