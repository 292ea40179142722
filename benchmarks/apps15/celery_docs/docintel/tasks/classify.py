"""Document and page classification + routing to the extraction pipelines."""
import asyncio
import json
import logging
from typing import Dict, List

import openai
from celery import chain, chord, group

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import make_async_azure
from docintel.models import DocStatus, DocType, Document, Page
from docintel.tasks.base import DocTask
from docintel.utils import parse_json_loose

log = logging.getLogger(__name__)

CLASSIFY_SYSTEM = """You classify documents received by an insurance back office.
Return JSON: {"doc_type": one of ["contract", "invoice", "claim", "correspondence", "unknown"],
"confidence": number between 0 and 1, "claim_number": string or null, "reason": short string}.
Claim numbers look like CLM-YYYY-NNNNNNN."""

PAGE_LABELS = ["cover", "claim_form", "invoice", "medical_report", "police_report", "photo", "correspondence",
               "contract_body", "schedule", "signature_page", "other"]

PAGE_SYSTEM = (
    "Label this page of a claim pack with exactly one of: " + ", ".join(PAGE_LABELS)
    + ". Answer with the label only."
)


def _first_pages_text(doc: Document, n: int = 3, max_chars: int = 12000) -> str:
    return "\n\n--- page break ---\n\n".join((p.text or "") for p in doc.pages[:n])[:max_chars]


@app.task(bind=True, base=DocTask, name="docintel.tasks.classify.classify_document",
          soft_time_limit=120, time_limit=180)
def classify_document(self, document_id: str) -> Dict:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        sample = _first_pages_text(doc)
        filename = doc.filename

    user = f"Filename: {filename}\n\n{sample}"
    try:
        completion = self.azure.chat.completions.create(
            model=settings.azure_mini_deployment,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": user},
            ],
            response_format={"type": "json_object"},
            temperature=0,
            max_tokens=200,
        )
        result = json.loads(completion.choices[0].message.content)
        model_used = settings.azure_mini_deployment
    except (openai.RateLimitError, openai.APIConnectionError, openai.InternalServerError) as exc:
        # Azure West Europe throttles us every month-end; Bedrock Haiku is the escape hatch.
        log.warning("azure classify failed (%s), falling back to bedrock", type(exc).__name__)
        response = self.bedrock.converse(
            modelId=settings.bedrock_haiku_model,
            system=[{"text": CLASSIFY_SYSTEM + "\nRespond with the JSON object only."}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": 200, "temperature": 0},
        )
        result = parse_json_loose(response["output"]["message"]["content"][0]["text"])
        model_used = settings.bedrock_haiku_model

    doc_type = DocType(result.get("doc_type", "unknown"))
    with session_scope() as session:
        doc = session.get(Document, document_id)
        doc.doc_type = doc_type
        doc.classification_confidence = float(result.get("confidence") or 0)
        doc.claim_number = result.get("claim_number") or doc.claim_number
        doc.status = DocStatus.CLASSIFIED if doc.classification_confidence >= 0.6 else DocStatus.NEEDS_REVIEW
    log.info("classified %s as %s via %s", document_id, doc_type.value, model_used)
    return {"document_id": document_id, "doc_type": doc_type.value}


async def _label_pages(pages: List[Dict]) -> Dict[int, str]:
    sem = asyncio.Semaphore(settings.classify_concurrency)
    labels: Dict[int, str] = {}

    async with make_async_azure() as client:
        async def label_one(page: Dict) -> None:
            async with sem:
                resp = await client.chat.completions.create(
                    model=settings.azure_mini_deployment,
                    messages=[
                        {"role": "system", "content": PAGE_SYSTEM},
                        {"role": "user", "content": page["text"][:6000]},
                    ],
                    temperature=0,
                    max_tokens=8,
                )
            label = (resp.choices[0].message.content or "other").strip().lower()
            labels[page["number"]] = label if label in PAGE_LABELS else "other"

        await asyncio.gather(*(label_one(p) for p in pages))
    return labels


@app.task(bind=True, base=DocTask, name="docintel.tasks.classify.label_pages", soft_time_limit=600)
def label_pages(self, document_id: str) -> Dict[int, str]:
    with session_scope() as session:
        pages = [{"number": p.number, "text": p.text or ""}
                 for p in session.query(Page).filter_by(document_id=document_id).order_by(Page.number)]
    labels = asyncio.run(_label_pages([p for p in pages if p["text"].strip()]))
    with session_scope() as session:
        for page in session.query(Page).filter_by(document_id=document_id):
            page.label = labels.get(page.number, "photo" if not (page.text or "").strip() else "other")
    return labels


@app.task(bind=True, base=DocTask, name="docintel.tasks.classify.route_document")
def route_document(self, document_id: str) -> str:
    from docintel.tasks import claims, embed, extract_contract, extract_invoice

    with session_scope() as session:
        doc = session.get(Document, document_id)
        doc_type, status, page_count = doc.doc_type, doc.status, doc.page_count

    if status == DocStatus.NEEDS_REVIEW:
        log.info("document %s parked for manual review", document_id)
        return "review"

    index = embed.embed_document.si(document_id=document_id)
    if doc_type == DocType.INVOICE:
        chain(extract_invoice.extract_invoice.si(document_id=document_id), index).apply_async()
    elif doc_type == DocType.CONTRACT:
        chain(extract_contract.extract_contract.si(document_id=document_id), index).apply_async()
    elif doc_type == DocType.CLAIM:
        header = group(
            claims.summarize_page.si(document_id=document_id, page_number=n) for n in range(1, page_count + 1)
        )
        workflow = chain(
            label_pages.si(document_id=document_id),
            chord(header, claims.build_claim_narrative.s(document_id=document_id)),
            claims.score_fraud_signals.si(document_id=document_id),
            index,
        )
        workflow.apply_async()
    else:
        index.apply_async()
    return doc_type.value
