from unittest import mock

import pytest

from docintel.utils import chunk_text, parse_json_loose


def test_parse_json_loose_strips_fences():
    assert parse_json_loose('```json\n{"a": 1}\n```') == {"a": 1}


def test_parse_json_loose_finds_object_in_prose():
    assert parse_json_loose('Sure! Here it is: {"doc_type": "invoice"} hope that helps') == {"doc_type": "invoice"}


def test_chunk_text_overlap():
    text = "x" * 10000
    chunks = chunk_text(text, max_chars=3000, overlap=200)
    assert len(chunks) == 4
    assert all(len(c) <= 3000 for c in chunks)


@pytest.mark.parametrize("raw,expected", [("invoice", "invoice"), ("Invoice.", "other")])
def test_label_normalisation(raw, expected):
    from docintel.tasks import classify

    fake = mock.AsyncMock()
    fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content=raw))]
    fake.__aenter__.return_value = fake
    with mock.patch.object(classify, "make_async_azure", return_value=fake):
        import asyncio

        labels = asyncio.run(classify._label_pages([{"number": 1, "text": "abc"}]))
    assert labels[1] == expected
