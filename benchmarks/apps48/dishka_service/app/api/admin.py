from __future__ import annotations

from dishka.integrations.fastapi import FromDishka, inject
from fastapi import APIRouter, UploadFile
from openai import AsyncOpenAI

from app.services.llm_usage_tracker import LLMUsageTracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.pricing import estimate_cost

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/llm-costs")
@inject
async def llm_costs(tracker: FromDishka[LLMUsageTracker]) -> dict:
    logs = tracker.recent(500)
    return {
        "by_feature": tracker.totals_by_feature(),
        "total_usd": round(sum(estimate_cost(l.model, l.input_tokens, l.output_tokens) for l in logs), 4),
        "calls": len(logs),
    }


@router.post("/fine-tune-data")
@inject
async def upload_training_file(upload: UploadFile, client: FromDishka[AsyncOpenAI]) -> dict:
    created = await client.files.create(file=(upload.filename, await upload.read()), purpose="fine-tune")
    return {"file_id": created.id}


@router.post("/explain-costs")
async def explain_costs(question: str) -> dict:
    answer = await multi_model_service.generate_response(
        prompt=f"Explain this cost question for a finance audience: {question}",
        task_type="admin_explain",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"answer": answer}
