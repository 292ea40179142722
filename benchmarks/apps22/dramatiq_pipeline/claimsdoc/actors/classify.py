"""Document type classification."""
from __future__ import annotations

import json

import dramatiq

from claimsdoc import prompts, storage
from claimsdoc.actors._shared import get_openai, llm, log, log_step
from claimsdoc.schemas import Classification, parse_json_loose
from claimsdoc.services.multi_model_service import TaskComplexity, multi_model_service

# medical records must stay on-prem; the keyword sniff runs before any cloud call
PHI_HINTS = ("diagnosis", "icd-10", "patient", "dob:", "mrn", "discharge summary")


def looks_like_phi(text: str) -> bool:
    low = text[:6000].lower()
    return sum(h in low for h in PHI_HINTS) >= 2


def _classify_cloud(text: str) -> Classification:
    client = get_openai()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": prompts.render_classify(text)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        max_tokens=60,
    )
    return parse_json_loose(resp.choices[0].message.content or "{}", Classification)


def _classify_onprem(text: str) -> Classification:
    resp = llm.worker().ollama.chat(
        model="llama3.1:8b",
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": prompts.render_classify(text)},
        ],
        format="json",
        options={"temperature": 0},
    )
    return parse_json_loose(resp["message"]["content"], Classification)


@dramatiq.actor(queue_name="classify", max_retries=3, store_results=True)
def classify_document(ocr_result: dict) -> dict:
    """Pipeline stage 2. Receives the ocr_document result, passes it on with doc_type added."""
    text = ocr_result["text"]
    if looks_like_phi(text):
        cls = _classify_onprem(text)
        route = "onprem"
    else:
        cls = _classify_cloud(text)
        route = "cloud"
    if cls.confidence < 0.5:
        log.info("low-confidence classification %s for %s", cls, ocr_result["document_id"])
    storage.repo.set_status(ocr_result["document_id"], "classified", doc_type=cls.doc_type)
    log_step("classify", route=route, doc_type=cls.doc_type, confidence=cls.confidence)
    return {**ocr_result, "doc_type": cls.doc_type, "confidence": cls.confidence, "route": route}


@dramatiq.actor(queue_name="classify", max_retries=3, store_results=True)
async def classify_document_tracked(ocr_result: dict) -> dict:
    """New version behind the `tracked_classify` flag; same contract as classify_document."""
    text = ocr_result["text"]
    if looks_like_phi(text):
        cls = _classify_onprem(text)
    else:
        resp = await multi_model_service.generate_response(
            prompt=prompts.render_classify(text),
            task_type="doc_classification",
            complexity=TaskComplexity.SIMPLE,
            system=prompts.CLASSIFY_SYSTEM,
            max_tokens=60,
            json_mode=True,
        )
        cls = parse_json_loose(resp.text, Classification)
    storage.repo.set_status(ocr_result["document_id"], "classified", doc_type=cls.doc_type)
    return {**ocr_result, "doc_type": cls.doc_type, "confidence": cls.confidence}


@dramatiq.actor(queue_name="classify", max_retries=1)
def moderate_free_text(document_id: str, text: str) -> bool:
    """Claimant free-text from the portal goes through moderation before adjusters see it."""
    result = get_openai().moderations.create(model="omni-moderation-latest", input=text[:10000])
    flagged = result.results[0].flagged
    if flagged:
        storage.repo.set_status(document_id, "needs_review", moderation=json.dumps(result.results[0].categories.model_dump()))
    return flagged
