"""Policy assistant: retrieve policy chunks, answer with citations."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List

from flask import current_app
from google.genai import types

from app.llm import get_client_factory, get_gemini
from app.models import PolicyChunk
from app.services.candidate_matching import cosine
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils import run_sync
from app.utils.prompts import POLICY_QA_SYSTEM, render_policy_context

log = logging.getLogger(__name__)


@dataclass
class PolicyAnswer:
    answer: str
    sources: List[str]
    backend: str


def retrieve(question_vec, k: int = 5):
    chunks = PolicyChunk.query.filter(PolicyChunk.embedding.isnot(None)).all()
    scored = sorted(chunks, key=lambda c: cosine(question_vec, c.embedding), reverse=True)
    return [
        {"policy_id": c.policy_id, "title": c.title, "text": c.text}
        for c in scored[:k]
    ]


def embed_question(question: str) -> List[float]:
    factory = get_client_factory()
    result = factory.azure().embeddings.create(
        model=factory.embed_deployment,
        input=question,
    )
    return result.data[0].embedding


def _answer_azure(question: str, context: str) -> str:
    factory = get_client_factory()
    client = factory.azure()
    resp = client.chat.completions.create(
        model=factory.chat_deployment,
        messages=[
            {"role": "system", "content": POLICY_QA_SYSTEM},
            {"role": "user", "content": f"Policy excerpts:\n{context}\n\nQuestion: {question}"},
        ],
        temperature=0.1,
        max_tokens=600,
    )
    return resp.choices[0].message.content or ""


def _answer_gemini(question: str, context: str) -> str:
    resp = get_gemini().models.generate_content(
        model=current_app.config["GEMINI_MODEL"],
        contents=[f"Policy excerpts:\n{context}", f"Question: {question}"],
        config=types.GenerateContentConfig(
            system_instruction=POLICY_QA_SYSTEM,
            temperature=0.1,
        ),
    )
    return resp.text or ""


def answer(question: str) -> PolicyAnswer:
    chunks = retrieve(embed_question(question))
    context = render_policy_context(chunks)
    backend = current_app.config.get("POLICY_QA_BACKEND", "azure")
    if backend == "gemini":
        text = _answer_gemini(question, context)
    else:
        text = _answer_azure(question, context)
    return PolicyAnswer(answer=text, sources=[c["policy_id"] for c in chunks], backend=backend)


def answer_tracked(question: str, tenant: str | None = None) -> PolicyAnswer:
    """New path (HH-341): same retrieval, generation through multi_model_service
    so it shows up on the FinOps dashboard.  Will replace ``answer`` once the
    Gemini A/B test is over."""
    chunks = retrieve(embed_question(question))
    context = render_policy_context(chunks)
    text = run_sync(
        multi_model_service.generate_response(
            prompt=f"Policy excerpts:\n{context}\n\nQuestion: {question}",
            task_type="policy_qa",
            complexity=TaskComplexity.SIMPLE,
            system=POLICY_QA_SYSTEM,
            tenant=tenant,
        )
    )
    return PolicyAnswer(answer=text, sources=[c["policy_id"] for c in chunks], backend="tracked")
