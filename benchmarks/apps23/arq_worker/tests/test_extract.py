from __future__ import annotations

from unittest import mock

from docintel.services.extraction import FieldExtractor, merge_extractions
from docintel.worker.jobs.extract import extract_fields

from .conftest import FakeAnthropic


async def test_extract_fields_uses_tool_output(ctx):
    fake = FakeAnthropic(tool_input={"invoice_number": "2024-117", "total_amount": 1200.0})
    ctx["extractor"] = FieldExtractor(fake, model="claude-test")
    fields = await extract_fields(ctx, "doc_1")
    assert fields["invoice_number"] == "2024-117"
    assert ctx["repo"].saved["fields"]["total_amount"] == 1200.0
    assert fake.messages.calls[0]["tool_choice"]["name"] == "record_invoice_fields"


async def test_extractor_returns_empty_without_tool_use():
    fake = FakeAnthropic(text="I could not find any fields.")
    extractor = FieldExtractor(fake, model="claude-test")
    assert await extractor.extract("invoice", "nothing here") == {}


async def test_extract_skips_unknown_type(ctx):
    ctx["repo"].doc.doc_type = "nda"
    client = mock.MagicMock()
    client.messages.create = mock.AsyncMock()
    ctx["extractor"] = FieldExtractor(client, model="claude-test")
    assert await extract_fields(ctx, "doc_1") == {}
    client.messages.create.assert_not_called()


def test_merge_extractions_prefers_first_value():
    merged = merge_extractions([{"a": 1, "items": [1]}, {"a": 2, "b": None, "items": [2]}])
    assert merged == {"a": 1, "items": [1, 2]}
