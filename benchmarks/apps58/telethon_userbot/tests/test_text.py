from utils.text import chunk_by_chars, chunk_text, parse_lang_prefix, truncate


def test_chunk_text_short():
    assert chunk_text("hello") == ["hello"]


def test_chunk_text_splits_on_lines():
    text = "\n".join(["x" * 50] * 10)
    parts = chunk_text(text, size=120)
    assert all(len(p) <= 120 for p in parts)
    assert "".join(p.replace("\n", "") for p in parts) == "x" * 500


def test_chunk_by_chars():
    assert chunk_by_chars(["aa", "bb", "cc"], 4) == [["aa", "bb"], ["cc"]]


def test_parse_lang_prefix():
    assert parse_lang_prefix("de: hallo welt") == ("de", "hallo welt")
    assert parse_lang_prefix("just text") == ("en", "just text")


def test_truncate():
    assert truncate("abc", 10) == "abc"
    assert truncate("abcdef", 4) == "abc…"
