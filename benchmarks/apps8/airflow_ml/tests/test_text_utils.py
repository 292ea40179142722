from include.utils.text import chunked, clean_text, strip_code_fence, truncate


def test_clean_text_strips_html_and_whitespace():
    assert clean_text("<p>Soft   cotton</p>\n<br>tee") == "Soft cotton tee"


def test_truncate_on_word_boundary():
    assert truncate("one two three four", 9) == "one two…"


def test_chunked():
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_strip_code_fence():
    assert strip_code_fence("```json\n{}\n```") == "{}"
