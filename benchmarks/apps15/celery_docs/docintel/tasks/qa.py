"""Question answering over a tenant's documents (underwriter / claims handler questions)."""
import asyncio
import logging
from typing import Dict, List, Optional

from docintel.celery_app import app
from docintel.core.settings import settings
from docintel.core.worker_clients import make_async_azure
from docintel.services.llm_usage_tracker import llm_tracker
from docintel.services.retrieval import RetrievedChunk, retrieve
from docintel.tasks.base import DocTask

log = logging.getLogger(__name__)

QA_SYSTEM = (
    "Answer the question using only the numbered excerpts. Cite excerpts like [3]. "
    "If the excerpts do not contain the answer, say so plainly."
)


def _context(chunks: List[RetrievedChunk]) -> str:
    return "\n\n".join(f"[{i}] (doc {c.document_id})\n{c.text}" for i, c in enumerate(chunks, start=1))


@app.task(bind=True, base=DocTask, name="docintel.tasks.qa.answer_question", soft_time_limit=120)
def answer_question(self, tenant_id: str, question: str, document_id: Optional[str] = None) -> Dict:
    chunks = retrieve(question, tenant_id, document_id=document_id, top_k=8)
    if not chunks:
        return {"answer": "No indexed documents matched the question.", "sources": []}

    message = self.claude.messages.create(
        model=settings.bedrock_sonnet_model,
        max_tokens=1000,
        system=QA_SYSTEM,
        messages=[{"role": "user", "content": f"{_context(chunks)}\n\nQuestion: {question}"}],
    )
    return {
        "answer": message.content[0].text,
        "sources": [{"document_id": c.document_id, "chunk_id": c.chunk_id, "score": c.score} for c in chunks],
    }


async def _answer_with_citations(tenant_id: str, question: str, chunks: List[RetrievedChunk]) -> Dict:
    deployment = settings.azure_chat_deployment
    async with make_async_azure() as client:
        async with llm_tracker.track_llm_call(
            provider="azure_openai", model=deployment, feature_context="qa_answer", tenant_id=tenant_id
        ) as usage_log:
            response = await client.chat.completions.create(
                model=deployment,
                messages=[
                    {"role": "system", "content": QA_SYSTEM},
                    {"role": "user", "content": f"{_context(chunks)}\n\nQuestion: {question}"},
                ],
                temperature=0.1,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        answer = response.choices[0].message.content or ""

        # second pass: turn [n] markers into quoted snippets for the UI
        cited = await client.chat.completions.create(
            model=settings.azure_mini_deployment,
            messages=[
                {"role": "system", "content": "For each [n] marker in the answer, output a JSON list of "
                                              '{"n": int, "quote": str} with the shortest supporting quote.'},
                {"role": "user", "content": f"Excerpts:\n{_context(chunks)}\n\nAnswer:\n{answer}"},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
    return {"answer": answer, "citations": cited.choices[0].message.content}


@app.task(bind=True, base=DocTask, name="docintel.tasks.qa.answer_question_azure", soft_time_limit=120)
def answer_question_azure(self, tenant_id: str, question: str, document_id: Optional[str] = None) -> Dict:
    chunks = retrieve(question, tenant_id, document_id=document_id, top_k=8)
    result = asyncio.run(_answer_with_citations(tenant_id, question, chunks))
    result["sources"] = [{"document_id": c.document_id, "chunk_id": c.chunk_id} for c in chunks]
    return result
