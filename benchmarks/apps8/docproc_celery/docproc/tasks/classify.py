"""Classification & metadata tasks (older module, still on docproc.ai clients)."""
import json
import logging

from docproc import ai
from docproc.celery_app import celery_app
from docproc.db import session_scope
from docproc.models import Document
from docproc.prompts import PARTIES_PROMPT
from docproc.services.classifier import DocumentClassifier

logger = logging.getLogger(__name__)


@celery_app.task(name="docproc.tasks.classify.classify_document")
def classify_document(document_id):
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        result = DocumentClassifier().classify(doc.text or "", filename=doc.filename)
        doc.doc_type = result.doc_type
        doc.doc_type_confidence = result.confidence
        if not doc.language:
            doc.language = detect_language(doc.text or "")
        logger.info("document %s classified as %s (%.2f)", document_id, result.doc_type, result.confidence)


def detect_language(text):
    sample = text[:1500]
    if not sample.strip():
        return None
    resp = ai.openai_client.chat.completions.create(
        model=ai.DEFAULT_MODEL,
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language, nothing else."},
            {"role": "user", "content": sample},
        ],
        max_tokens=3,
        temperature=0,
    )
    code = (resp.choices[0].message.content or "").strip().lower()
    return code[:2] if code.isalpha() else None


@celery_app.task(name="docproc.tasks.classify.extract_parties")
def extract_parties(document_id):
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        msg = ai.claude.messages.create(
            model=ai.CLAUDE_MODEL,
            max_tokens=1024,
            messages=[
                {"role": "user", "content": PARTIES_PROMPT.format(text=(doc.text or "")[:40000])},
                {"role": "assistant", "content": "{"},
            ],
        )
        raw = "{" + msg.content[0].text
        try:
            doc.parties = json.loads(raw)
        except json.JSONDecodeError:
            logger.warning("could not parse parties for document %s: %r", document_id, raw[:200])
