"""Small one-shot helpers used by the Word add-in. Route functions, DI by annotation."""
from __future__ import annotations

from blacksheep import Response, json
from blacksheep.server.bindings import FromJSON
from openai import AsyncOpenAI

from lexbrief.clients import FireworksClient
from lexbrief.clients.fireworks import QWEN_CODER
from lexbrief.models import AskRequest, RedlineRequest
from lexbrief.routes import router
from lexbrief.services import TaskComplexity, multi_model_service


@router.post("/api/quick/answer")
async def quick_answer(data: FromJSON[AskRequest], openai_client: AsyncOpenAI) -> Response:
    response = await openai_client.responses.create(
        model="gpt-4.1-mini",
        instructions="Answer in at most three sentences. If unsure, say so.",
        input=data.value.question,
        max_output_tokens=300,
    )
    return json({"answer": response.output_text})


@router.post("/api/quick/title")
async def suggest_title(data: FromJSON[RedlineRequest], fireworks: FireworksClient) -> Response:
    completion = await fireworks.chat.completions.create(
        model=QWEN_CODER,
        messages=[{"role": "user", "content": f"Give a 4-6 word heading for this clause:\n{data.value.clause_text}"}],
        max_tokens=20,
        temperature=0,
    )
    return json({"title": (completion.choices[0].message.content or "").strip().strip('"')})


@router.post("/api/quick/classify")
async def classify_document(data: FromJSON[AskRequest]) -> Response:
    resp = await multi_model_service.generate_response(
        prompt="Classify this legal document type (NDA, MSA, SOW, lease, employment, other). "
        "Answer with the label only.\n\n" + data.value.question[:6000],
        task_type="doc_classification",
        complexity=TaskComplexity.SIMPLE,
        matter_id=data.value.matter_id,
    )
    return json({"label": resp.text.strip()})


@router.post("/api/quick/docket-summary")
async def docket_summary(data: FromJSON[dict]) -> Response:
    from lexbrief.legacy.docket_summarizer import summarize_docket

    summary = await summarize_docket(data.value.get("entries", []), data.value.get("caption", ""))
    if summary is None:
        return json({"error": "upstream failure"}, status=502)
    return json({"summary": summary})
