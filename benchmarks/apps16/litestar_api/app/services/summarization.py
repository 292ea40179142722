from __future__ import annotations

import logging
from functools import partial
from typing import List, Optional

from app.clients.azure_openai import get_async_azure_openai
from app.clients.groq_client import async_groq_client
from app.config import get_settings
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils.text import chunk_text, join_nonempty, truncate

logger = logging.getLogger(__name__)

DEPO_SYSTEM = (
    "You summarise deposition transcripts for litigators. Produce: (1) key admissions with page:line "
    "cites, (2) inconsistencies with prior testimony if apparent, (3) topics the witness refused or "
    "was instructed not to answer, (4) follow-up questions. Be factual; no speculation."
)


async def summarize_matter(matter_title: str, document_summaries: List[str], matter_id: Optional[str] = None) -> str:
    prompt = (
        f"Matter: {matter_title}\n\nDocument summaries:\n"
        + "\n".join(f"- {s}" for s in document_summaries)
        + "\n\nWrite a one-paragraph status summary for the supervising partner."
    )
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="matter_summary",
        complexity=TaskComplexity.STANDARD,
        matter_id=matter_id,
    )


async def summarize_deposition(transcript: str, matter_id: Optional[str] = None) -> str:
    settings = get_settings()
    client = get_async_azure_openai()
    partials: List[str] = []
    for i, chunk in enumerate(chunk_text(transcript, max_chars=40_000, overlap=1_000)):
        async with llm_tracker.track_llm_call(
            provider="azure_openai",
            model=settings.azure_chat_deployment,
            feature_context="deposition_summary",
            matter_id=matter_id,
        ) as usage_log:
            response = await client.chat.completions.create(
                model=settings.azure_chat_deployment,
                messages=[
                    {"role": "system", "content": DEPO_SYSTEM},
                    {"role": "user", "content": f"Transcript part {i + 1}:\n\n{chunk}"},
                ],
                temperature=0.1,
                max_tokens=1800,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        partials.append(response.choices[0].message.content or "")
    return join_nonempty(partials, "\n\n---\n\n")


async def quick_summary(text: str, bullet_count: int = 5) -> str:
    """Hover-card summary shown in the document list. Short and cheap."""
    settings = get_settings()
    response = await get_async_azure_openai().responses.create(
        model=settings.azure_mini_deployment,
        instructions=f"Summarise the document in at most {bullet_count} bullets of under 20 words each.",
        input=truncate(text, 16_000),
        max_output_tokens=300,
    )
    return response.output_text


async def headline(text: str) -> str:
    """Six-to-ten word headline for notifications."""
    settings = get_settings()
    ask = partial(
        async_groq_client().chat.completions.create,
        model=settings.groq_fast_model,
        temperature=0,
        max_tokens=40,
    )
    resp = await ask(
        messages=[
            {"role": "system", "content": "Reply with a 6-10 word headline. No quotes, no trailing period."},
            {"role": "user", "content": truncate(text, 6_000)},
        ]
    )
    return (resp.choices[0].message.content or "").strip().strip('"')
