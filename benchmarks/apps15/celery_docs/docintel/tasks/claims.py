"""Claim pack processing: page summaries -> narrative (chord), fraud signals, ClaimCenter hand-off."""
import asyncio
import logging
from typing import Callable, Dict, List

import requests
from ibm_watsonx_ai.foundation_models.schema import TextChatParameters

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import get_clients
from docintel.models import DocStatus, Document, ExtractionResult, Page, Tenant
from docintel.services.bedrock_helpers import converse_text
from docintel.services.multi_model_service import TaskComplexity, multi_model_service
from docintel.tasks.base import DocTask
from docintel.utils import parse_json_loose

log = logging.getLogger(__name__)

PAGE_SUMMARY_PROMPT = (
    "Summarise this page of an insurance claim file in at most 4 bullet points. "
    "Keep dates, amounts, names, registration numbers and policy numbers verbatim."
)

NARRATIVE_SYSTEM = (
    "You are a senior claims handler. Write a factual chronological narrative of the claim from "
    "the page summaries. No speculation. End with a list of missing documents, if any."
)

NARRATIVE_PARAMS = {"decoding_method": "greedy", "max_new_tokens": 1500, "repetition_penalty": 1.05}
NARRATIVE_CONTEXT_LIMIT = 120_000

FRAUD_SYSTEM = """You review claim narratives for the special investigations unit (SIU).
List red flags only if they are supported by the text. Respond with JSON:
{"score": 0-100, "flags": [{"flag": str, "evidence": str}]}"""


def _narrative_prompt(summaries: List[str]) -> str:
    body = "\n\n".join(f"[Page {i}]\n{s}" for i, s in enumerate(summaries, start=1) if s)
    return f"{NARRATIVE_SYSTEM}\n\nPage summaries:\n{body}\n\nNarrative:"


_NARRATORS: Dict[str, Callable[[str], str]] = {
    "watsonx": lambda prompt: get_clients().watsonx_model(settings.watsonx_narrative_model).generate_text(prompt=prompt, params=NARRATIVE_PARAMS),
    "bedrock": lambda prompt: converse_text(
        get_clients().bedrock, settings.bedrock_sonnet_model, NARRATIVE_SYSTEM, prompt, max_tokens=1500
    ),
}


@app.task(bind=True, base=DocTask, name="docintel.tasks.claims.summarize_page", rate_limit="120/m",
          soft_time_limit=90)
def summarize_page(self, document_id: str, page_number: int) -> str:
    with session_scope() as session:
        page = session.query(Page).filter_by(document_id=document_id, number=page_number).one()
        text, label = page.text or "", page.label

    if label == "photo" or not text.strip():
        return ""

    model = get_clients().watsonx_model(settings.watsonx_summary_model)
    response = model.chat(
        messages=[
            {"role": "system", "content": PAGE_SUMMARY_PROMPT},
            {"role": "user", "content": text[:20000]},
        ],
        params=TextChatParameters(max_tokens=300, temperature=0),
    )
    summary = response["choices"][0]["message"]["content"].strip()

    with session_scope() as session:
        session.query(Page).filter_by(document_id=document_id, number=page_number).update({"summary": summary})
    return summary


@app.task(bind=True, base=DocTask, name="docintel.tasks.claims.build_claim_narrative", soft_time_limit=300)
def build_claim_narrative(self, summaries: List[str], document_id: str) -> str:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        tenant = session.get(Tenant, doc.tenant_id)
        provider = "watsonx" if tenant.data_residency else (tenant.summary_provider or "watsonx")

    prompt = _narrative_prompt(summaries)
    if provider == "watsonx":
        narrator = get_clients().watsonx_model(settings.watsonx_narrative_model)
        token_count = narrator.tokenize(prompt=prompt)["result"]["token_count"]
        if token_count > NARRATIVE_CONTEXT_LIMIT:
            log.warning("narrative prompt too long (%d tokens), trimming summaries", token_count)
            prompt = _narrative_prompt([s[:400] for s in summaries])

    narrative = _NARRATORS[provider](prompt)

    with session_scope() as session:
        ExtractionResult.create(
            session, document_id=document_id, schema_name="claim_narrative", model=provider,
            fields={"narrative": narrative, "pages": len(summaries)},
        )
    return narrative


@app.task(bind=True, base=DocTask, name="docintel.tasks.claims.score_fraud_signals", soft_time_limit=180)
def score_fraud_signals(self, document_id: str) -> Dict:
    with session_scope() as session:
        narrative_row = (
            session.query(ExtractionResult)
            .filter_by(document_id=document_id, schema_name="claim_narrative")
            .order_by(ExtractionResult.created_at.desc())
            .first()
        )
        narrative = narrative_row.fields["narrative"] if narrative_row else ""
        claim_number = session.get(Document, document_id).claim_number

    response = self.bedrock.converse(
        modelId=settings.bedrock_haiku_model,
        system=[{"text": FRAUD_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": narrative}]}],
        inferenceConfig={"maxTokens": 800, "temperature": 0},
    )
    verdict = parse_json_loose(response["output"]["message"]["content"][0]["text"])

    with session_scope() as session:
        ExtractionResult.create(
            session, document_id=document_id, schema_name="fraud_signals", model=settings.bedrock_haiku_model,
            fields=verdict, confidence=verdict.get("score", 0) / 100.0,
        )
        session.get(Document, document_id).status = DocStatus.EXTRACTED

    notify_claimcenter.delay(document_id=document_id, claim_number=claim_number, fraud_score=verdict.get("score"))
    return verdict


@app.task(bind=True, base=DocTask, name="docintel.tasks.claims.draft_acknowledgement")
def draft_acknowledgement(self, document_id: str, language: str = "de") -> str:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        summaries = [p.summary for p in doc.pages if p.summary]
        tenant_id = doc.tenant_id

    letter = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Write a short acknowledgement letter in '{language}' for this claim:\n\n" + "\n".join(summaries),
            task_type="claim_ack_letter",
            complexity=TaskComplexity.STANDARD,
            tenant_id=tenant_id,
        )
    )
    return letter


@app.task(name="docintel.tasks.claims.notify_claimcenter", autoretry_for=(requests.RequestException,),
          retry_backoff=True, max_retries=8)
def notify_claimcenter(document_id: str, claim_number: str, fraud_score=None) -> int:
    resp = requests.post(
        settings.claims_webhook_url,
        json={"event": "document.processed", "document_id": document_id, "claim_number": claim_number,
              "fraud_score": fraud_score},
        headers={"Authorization": f"Bearer {settings.claims_webhook_token}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.status_code
