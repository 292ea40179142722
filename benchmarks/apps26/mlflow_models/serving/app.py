"""FastAPI shim in front of the pyfunc models for the intake portal.

Temporary (famous last words) while the portal moves to Databricks model serving.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import pandas as pd
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from docai_models.services.multi_model_service import TaskComplexity, multi_model_service
from docai_models.utils.prompts import CLAIM_TRIAGE
from serving.state import ShimState, build_state, get_claude, get_cohere, get_state

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.shim = build_state()
    yield
    await app.state.shim.azure.close()


app = FastAPI(title="docai-shim", lifespan=lifespan)


class TriageRequest(BaseModel):
    fnol_text: str


class ExtractRequest(BaseModel):
    document_text: str
    doc_type: str = "acord_form"


class SearchRequest(BaseModel):
    query: str
    documents: list[str]
    top_n: int = 5


class AskRequest(BaseModel):
    question: str
    complexity: str = "simple"


@app.get("/healthz")
async def healthz(state: ShimState = Depends(get_state)):
    models = await state.azure.models.list()
    return {"ok": True, "azure_models": len(models.data)}


@app.post("/v1/triage")
async def triage(req: TriageRequest, state: ShimState = Depends(get_state)):
    completion = await state.azure.chat.completions.create(
        model=state.triage_deployment,
        messages=[{"role": "user", "content": CLAIM_TRIAGE.render(fnol_text=req.fnol_text)}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return {"raw": completion.choices[0].message.content}


@app.post("/v1/extract")
async def extract(req: ExtractRequest, state: ShimState = Depends(get_state)):
    if state.extractor is None:
        raise HTTPException(503, "extractor model not configured")
    frame = pd.DataFrame([req.model_dump()])
    return state.extractor.predict(frame).to_dict(orient="records")[0]


@app.post("/v1/preview")
async def preview(req: ExtractRequest, claude=Depends(get_claude)):
    async def gen():
        async with claude.messages.stream(
            model="claude-3-5-haiku-20241022",
            max_tokens=300,
            messages=[{"role": "user", "content": "What kind of insurance document is this?\n" + req.document_text[:15000]}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    return StreamingResponse(gen(), media_type="text/plain")


@app.post("/v1/rerank")
async def rerank(req: SearchRequest, co=Depends(get_cohere)):
    result = await co.rerank(model="rerank-english-v3.0", query=req.query, documents=req.documents, top_n=req.top_n)
    return [{"index": r.index, "score": r.relevance_score} for r in result.results]


@app.post("/v1/policy-chat")
async def policy_chat(req: AskRequest, co=Depends(get_cohere)):
    async def gen():
        async for event in co.chat_stream(
            model="command-r-08-2024",
            messages=[{"role": "user", "content": req.question}],
        ):
            if event.type == "content-delta":
                yield event.delta.message.content.text

    return StreamingResponse(gen(), media_type="text/plain")


@app.post("/v1/ask")
async def ask(req: AskRequest):
    answer = await multi_model_service.generate_response(
        prompt=req.question,
        task_type="portal_ask",
        complexity=TaskComplexity(req.complexity),
    )
    return {"answer": answer}
