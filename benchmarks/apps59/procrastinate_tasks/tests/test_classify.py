from __future__ import annotations

from unittest import mock

from tasks.classify import _parse_label, classify_document


def test_parse_label_json():
    assert _parse_label('{"label": "Invoice", "confidence": 0.8}', ["invoice"]) == ("invoice", 0.8)


def test_parse_label_garbage():
    assert _parse_label("definitely a contract", ["contract"]) == ("other", 0.0)


async def test_classify_defers_extraction(context, fake_repo, doc, in_memory_app):
    with mock.patch("tasks.extract.extract_fields.defer_async", new=mock.AsyncMock()) as defer:
        label = await classify_document.original_func(context, str(doc.id))
    assert label == "invoice"
    defer.assert_awaited_once_with(document_id=str(doc.id), kind="invoice")
    assert "invoice" in fake_repo.labels[str(doc.id)]


async def test_classify_low_confidence_uses_router(context, fake_repo, doc):
    context.additional_context["openai"].chat.completions.content = '{"label": "report", "confidence": 0.1}'
    router = mock.Mock()
    router.complete = mock.AsyncMock(return_value=mock.Mock(text='{"label": "report", "confidence": 0.9}'))
    with mock.patch("tasks.classify.get_router", return_value=router):
        label = await classify_document.original_func(context, str(doc.id))
    assert label == "report"
    router.complete.assert_awaited_once()
