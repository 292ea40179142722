from __future__ import annotations

import json
import logging

from dbos import DBOS

from app.llm.prompts import CLASSIFY, DOC_TYPES, render, truncate_for_model
from app.llm.registry import client_for, route_for
from app.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def _parse(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("classifier returned non-JSON: %r", raw[:200])
        return {"doc_type": "other", "confidence": 0.0, "language": None}
    if data.get("doc_type") not in DOC_TYPES:
        data["doc_type"] = "other"
    return data


@DBOS.step(retries_allowed=True, max_attempts=4, backoff_rate=2.0)
def classify_document(text: str) -> dict:
    route = route_for("classify")
    client = route.client_factory()
    completion = client.chat.completions.create(
        model=route.model,
        messages=render(CLASSIFY, doc_types=", ".join(DOC_TYPES), text=truncate_for_model(text, 8000)),
        response_format={"type": "json_object"},
        max_tokens=route.max_tokens,
        temperature=0,
    )
    return _parse(completion.choices[0].message.content or "{}")


@DBOS.step()
def guess_title_fast(text: str) -> str:
    """Cheap title guess used by the upload preview; keeps the old registry path."""
    client = client_for("title")
    resp = client.responses.create(
        model=route_for("title").model,
        instructions="Give this document a short descriptive title, max 8 words. No quotes.",
        input=text[:3000],
    )
    return resp.output_text.strip()


@DBOS.step()
async def suggest_title(text: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Suggest a short descriptive title (max 8 words) for:\n\n{text[:3000]}",
        task_type="title",
        complexity=TaskComplexity.SIMPLE,
        workflow_id=DBOS.workflow_id,
    )
