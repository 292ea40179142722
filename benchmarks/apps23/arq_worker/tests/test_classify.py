from __future__ import annotations

import json

from docintel.services.classifier import DocumentClassifier
from docintel.worker.jobs.classify import classify_document, moderate_upload

from .conftest import FakeOpenAI


async def test_classify_document_saves_result(ctx):
    fake = FakeOpenAI(
        replies=[json.dumps({"doc_type": "invoice", "language": "en", "contains_pii": False, "confidence": 0.93})]
    )
    ctx["classifier"] = DocumentClassifier(fake, model="test-model")
    result = await classify_document(ctx, "doc_1")
    assert result["doc_type"] == "invoice"
    assert ctx["repo"].saved["classification"] == ("invoice", "en", False)
    assert fake.chat.completions.calls[0]["model"] == "test-model"
    ctx["redis"].enqueue_job.assert_not_called()


async def test_quick_label_falls_back_to_other():
    fake = FakeOpenAI(replies=["Banana"])
    classifier = DocumentClassifier(fake)
    assert await classifier.quick_label("whatever") == "other"


async def test_quick_label_uses_completion():
    fake = FakeOpenAI(replies=["contract"])
    label = await DocumentClassifier(fake).quick_label("This Agreement is made between ...")
    assert label == "contract"
    sent = await fake.chat.completions.create(model="x", messages=[])
    assert sent.choices[0].message.content == "{}"


async def test_moderation_not_flagged(ctx):
    flagged = await moderate_upload(ctx, "doc_1")
    assert flagged is False
    ctx["openai"].moderations.create.assert_awaited_once()
