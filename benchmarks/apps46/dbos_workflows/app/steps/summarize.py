from __future__ import annotations

from dbos import DBOS

from app.config import settings
from app.llm import get_anthropic_client, get_async_anthropic
from app.llm.prompts import SUMMARIZE, render_anthropic, truncate_for_model
from app.services.llm_usage_tracker import llm_tracker

LONG_DOC_CHARS = 60_000


@DBOS.step(retries_allowed=True, max_attempts=3)
def summarize_document(text: str, doc_type: str, max_words: int = 200) -> str:
    system, messages = render_anthropic(
        SUMMARIZE, doc_type=doc_type, max_words=max_words, text=truncate_for_model(text, LONG_DOC_CHARS)
    )
    client = get_anthropic_client()
    if len(text) > LONG_DOC_CHARS:
        # long documents time out on non-streaming requests
        parts: list[str] = []
        with client.messages.stream(
            model=settings.summary_model,
            max_tokens=2048,
            system=system,
            messages=messages,
        ) as stream:
            for chunk in stream.text_stream:
                parts.append(chunk)
        return "".join(parts).strip()

    resp = client.messages.create(
        model=settings.summary_model,
        max_tokens=1024,
        system=system,
        messages=messages,
        temperature=0.2,
    )
    return resp.content[0].text.strip()


@DBOS.step()
async def summarize_tracked(text: str, doc_type: str, max_words: int = 200) -> str:
    """Tracked variant; ingest v2 uses this. TODO: switch the v1 workflow over and delete the above."""
    system, messages = render_anthropic(SUMMARIZE, doc_type=doc_type, max_words=max_words, text=text)
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.summary_model,
        feature_context="summarize",
        workflow_id=DBOS.workflow_id,
    ) as usage_log:
        resp = await get_async_anthropic().messages.create(
            model=settings.summary_model, max_tokens=1024, system=system, messages=messages
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    return resp.content[0].text.strip()


@DBOS.step()
async def bullet_points(summary: str) -> list[str]:
    client = get_async_anthropic()
    resp = await client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Turn this into 3-5 bullet points, one per line:\n\n{summary}"}],
    )
    return [line.lstrip("-• ").strip() for line in resp.content[0].text.splitlines() if line.strip()]
