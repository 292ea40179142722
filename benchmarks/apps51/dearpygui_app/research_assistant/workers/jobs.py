"""Job functions submitted by the UI. Each returns a payload for the result queue."""
from __future__ import annotations

import asyncio

import litellm

from research_assistant.providers import get_openai_client
from research_assistant.services.chat_service import ChatSession
from research_assistant.services.multi_model_service import TaskComplexity, multi_model_service
from research_assistant.services.summarizer import PdfSummarizer, quick_abstract
from research_assistant.state import state
from research_assistant.workers.background import ProgressReporter


def chat_job(provider: str, text: str, context: str = "") -> dict:
    def on_delta(piece: str) -> None:
        state.post("chat_delta", piece)

    session = ChatSession(provider, on_delta=on_delta)
    reply = session.send(text, context)
    return {"provider": provider, "reply": reply}


def summarise_job(path: str) -> dict:
    summarizer = PdfSummarizer()
    summary = summarizer.summarise(path, progress=ProgressReporter())
    return {"path": path, "summary": summary}


def tldr_job(text: str) -> str:
    return quick_abstract(text)


def suggest_questions_job(summary: str) -> list[str]:
    resp = litellm.completion(
        model=state.settings.litellm_model,
        messages=[
            {"role": "system", "content": "Suggest 5 follow-up research questions, one per line."},
            {"role": "user", "content": summary},
        ],
    )
    return [q.strip("-• ").strip() for q in resp.choices[0].message.content.splitlines() if q.strip()]


def keywords_job(text: str) -> list[str]:
    reply = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"List 10 keywords for this text, comma separated:\n\n{text[:8000]}",
            task_type="keywords",
            complexity=TaskComplexity.SIMPLE,
        )
    )
    return [k.strip() for k in reply.split(",") if k.strip()]


def upload_pdf_job(path: str) -> str:
    """Upload to OpenAI files for the (experimental) file-search pane."""
    with open(path, "rb") as fh:
        f = get_openai_client().files.create(file=fh, purpose="assistants")
    return f.id


def embed_pdf_job(text: str, chunk_chars: int = 4000) -> list[list[float]]:
    """Embeds the open PDF so chat can use it as context (experimental)."""
    from research_assistant.providers import get_async_openai

    chunks = [text[i : i + chunk_chars] for i in range(0, len(text), chunk_chars)] or [""]

    async def _run() -> list[list[float]]:
        client = get_async_openai()
        resp = await client.embeddings.create(model=state.settings.openai_embed_model, input=chunks)
        return [d.embedding for d in resp.data]

    return asyncio.run(_run())


def cohere_chat_job(question: str, documents: list[str]) -> str:
    """Grounded answer with citations via Cohere chat (v2 documents param)."""
    from research_assistant.providers import get_cohere_client

    co = get_cohere_client()
    resp = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": question}],
        documents=[{"id": str(i), "data": {"text": d}} for i, d in enumerate(documents)],
    )
    return resp.message.content[0].text
