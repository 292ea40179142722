"""Document summaries.

Short documents are summarised in one pass on Azure (gpt-4o-mini). Long ones
are split, each chunk summarised on Azure, and the partial summaries are merged
by Claude on Bedrock, which handles the long merged context better.
"""
from __future__ import annotations

import asyncio
import logging

import tiktoken

from app.core.config import settings
from app.services.ai_clients import get_async_azure_openai, get_bedrock_runtime
from app.services.llm_usage_tracker import llm_tracker
from app.utils import split_into_chunks

logger = logging.getLogger(__name__)

SINGLE_PASS_TOKEN_LIMIT = 12_000
CHUNK_TOKENS = 6_000

SUMMARY_SYSTEM_PROMPT = (
    "You summarise business documents for busy operations teams. "
    "Write 3-6 bullet points, plain language, no preamble. "
    "Keep numbers, dates and names exactly as written."
)

MERGE_PROMPT = (
    "Below are summaries of consecutive sections of one document. "
    "Merge them into a single summary of at most 8 bullet points, "
    "removing repetition.\n\n{parts}"
)


class DocumentSummarizer:
    def __init__(self) -> None:
        self._client = get_async_azure_openai()
        self._bedrock = get_bedrock_runtime()
        self._enc = tiktoken.get_encoding("o200k_base")

    def count_tokens(self, text: str) -> int:
        return len(self._enc.encode(text))

    async def _summarize_chunk(self, text: str, language: str) -> str:
        resp = await self._client.chat.completions.create(
            model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM_PROMPT + f" Answer in {language}."},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
            max_tokens=600,
        )
        return (resp.choices[0].message.content or "").strip()

    async def _merge(self, parts: list[str], language: str) -> str:
        joined = "\n\n---\n\n".join(parts)
        resp = await asyncio.to_thread(
            self._bedrock.converse,
            modelId=settings.BEDROCK_SONNET_MODEL_ID,
            system=[{"text": SUMMARY_SYSTEM_PROMPT + f" Answer in {language}."}],
            messages=[
                {"role": "user", "content": [{"text": MERGE_PROMPT.format(parts=joined)}]}
            ],
            inferenceConfig={"maxTokens": 900, "temperature": 0.1},
        )
        content = resp["output"]["message"]["content"]
        return "".join(c.get("text", "") for c in content).strip()

    async def summarize(self, text: str, *, language: str = "en") -> str:
        n_tokens = self.count_tokens(text)
        if n_tokens <= SINGLE_PASS_TOKEN_LIMIT:
            return await self._summarize_chunk(text, language)

        chunks = split_into_chunks(text, max_tokens=CHUNK_TOKENS, encoding=self._enc)
        logger.info("summarising long document: %d tokens, %d chunks", n_tokens, len(chunks))
        partials = await asyncio.gather(
            *(self._summarize_chunk(chunk, language) for chunk in chunks)
        )
        return await self._merge(list(partials), language)

    async def summarize_for_export(self, text: str, *, tenant_id: str) -> str:
        """Executive summary used by the PDF export (billed to the tenant)."""
        model = settings.AZURE_OPENAI_CHAT_DEPLOYMENT
        async with llm_tracker.track_llm_call(
            provider="azure_openai",
            model=model,
            feature_context="export_summary",
            tenant_id=tenant_id,
        ) as usage_log:
            resp = await self._client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM_PROMPT},
                    {"role": "user", "content": text[:60_000]},
                ],
                temperature=0.2,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


_summarizer: DocumentSummarizer | None = None


def get_summarizer() -> DocumentSummarizer:
    global _summarizer
    if _summarizer is None:
        _summarizer = DocumentSummarizer()
    return _summarizer
