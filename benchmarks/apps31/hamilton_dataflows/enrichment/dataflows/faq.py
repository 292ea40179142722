"""Generated FAQ pairs for the help-centre subset of documents.

Newest dataflow (Q3). Streams so the preview UI can show partial output; the
batch path just concatenates the stream.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass

import litellm
import pandas as pd
from google import genai
from hamilton.function_modifiers import config, tag
from openai import OpenAI
from together import Together

from enrichment.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

FAQ_PROMPT = (
    "Write {n} question/answer pairs a customer might ask about this article. "
    'Return JSON: [{{"q": str, "a": str}}, ...].\n\n{text}'
)


@dataclass
class QuestionTemplate:
    """Fallback when no model is configured: canned questions from headings."""

    prefix: str = "What is"

    def generate(self, headings: list[str]) -> list[dict]:
        return [{"q": f"{self.prefix} {h.strip('# ').rstrip('?')}?", "a": ""} for h in headings]


_HEADING = re.compile(r"^#{1,3} .+$", re.M)


def _parse_pairs(raw: str) -> list[dict]:
    try:
        start, end = raw.index("["), raw.rindex("]") + 1
        pairs = json.loads(raw[start:end])
        return [p for p in pairs if isinstance(p, dict) and "q" in p]
    except ValueError:
        return []


def help_docs(documents: pd.DataFrame, topic_label: pd.Series) -> pd.DataFrame:
    keep = topic_label.reindex(documents["doc_id"]).fillna("other").isin(["engineering", "other"])
    return documents[keep.values].reset_index(drop=True)


@tag(cost="paid")
@config.when(faq_backend="openai")
def faq_pairs__openai(help_docs: pd.DataFrame, openai_client: OpenAI, faq_model: str = "gpt-4o-mini", faq_n: int = 5) -> pd.Series:
    out = {}
    for doc_id, body in zip(help_docs["doc_id"], help_docs["body"]):
        chunks: list[str] = []
        with openai_client.responses.stream(model=faq_model, input=FAQ_PROMPT.format(n=faq_n, text=body[:16_000])) as stream:
            for event in stream:
                if event.type == "response.output_text.delta":
                    chunks.append(event.delta)
        out[doc_id] = _parse_pairs("".join(chunks))
    return pd.Series(out)


@tag(cost="paid")
@config.when(faq_backend="google")
def faq_pairs__google(help_docs: pd.DataFrame, genai_client: genai.Client, faq_model: str = "gemini-2.0-flash", faq_n: int = 5) -> pd.Series:
    out = {}
    for doc_id, body in zip(help_docs["doc_id"], help_docs["body"]):
        text = ""
        for chunk in genai_client.models.generate_content_stream(
            model=faq_model, contents=FAQ_PROMPT.format(n=faq_n, text=body[:16_000])
        ):
            text += chunk.text or ""
        out[doc_id] = _parse_pairs(text)
    return pd.Series(out)


@tag(cost="paid")
@config.when(faq_backend="together")
def faq_pairs__together(
    help_docs: pd.DataFrame,
    together_client: Together,
    faq_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    faq_n: int = 5,
) -> pd.Series:
    out = {}
    for doc_id, body in zip(help_docs["doc_id"], help_docs["body"]):
        stream = together_client.chat.completions.create(
            model=faq_model,
            messages=[{"role": "user", "content": FAQ_PROMPT.format(n=faq_n, text=body[:16_000])}],
            stream=True,
        )
        out[doc_id] = _parse_pairs("".join(c.choices[0].delta.content or "" for c in stream if c.choices))
    return pd.Series(out)


@config.when(faq_backend="tracked")
def faq_pairs__tracked(help_docs: pd.DataFrame, faq_model: str = "gpt-4o-mini", faq_n: int = 5) -> pd.Series:
    import asyncio

    async def one(body: str) -> list[dict]:
        async with llm_tracker.track_llm_call(provider="openai", model=faq_model, feature_context="faq") as usage_log:
            resp = await litellm.acompletion(
                model=faq_model,
                messages=[{"role": "user", "content": FAQ_PROMPT.format(n=faq_n, text=body[:16_000])}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return _parse_pairs(resp.choices[0].message.content or "")

    async def run_all() -> list[list[dict]]:
        return await asyncio.gather(*(one(b) for b in help_docs["body"]))

    return pd.Series(asyncio.run(run_all()), index=help_docs["doc_id"])


@config.when(faq_backend="template")
def faq_pairs__template(help_docs: pd.DataFrame) -> pd.Series:
    tmpl = QuestionTemplate()
    return pd.Series(
        {doc_id: tmpl.generate(_HEADING.findall(body)) for doc_id, body in zip(help_docs["doc_id"], help_docs["body"])}
    )


def faq_count(faq_pairs: pd.Series) -> int:
    return int(faq_pairs.map(len).sum())
