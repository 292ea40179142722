"""Functions meant to be imported in notebooks::

    from nbcopilot.notebook_helpers import summarize_df, label_rows, describe_chart
"""
from __future__ import annotations

import asyncio
import base64
import io
import json
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import ollama
from IPython import get_ipython

from .clients import get_async_anthropic_client, get_async_openai_client, get_openai_client
from .context import dataframe_sample
from .services.llm_usage_tracker import llm_tracker
from .services.multi_model_service import TaskComplexity, multi_model_service
from .settings import DEFAULT_MODELS


def _ns_client(name: str, fallback):
    ip = get_ipython()
    if ip is not None and name in ip.user_ns:
        return ip.user_ns[name]
    return fallback()


def summarize_df(df, question: str = "Summarize this dataset.", client=None) -> str:
    client = client or _ns_client("openai_client", get_openai_client)
    prompt = (
        f"Shape: {df.shape}\nDtypes:\n{df.dtypes.to_string()}\n\n"
        f"describe():\n{df.describe(include='all').to_string()}\n\n"
        f"Sample:\n{dataframe_sample(df)}\n\n{question}"
    )
    response = client.responses.create(
        model="gpt-4o-mini",
        instructions="You are a senior data analyst. Be specific and brief.",
        input=prompt,
    )
    return response.output_text


def label_rows(texts: list[str], labels: list[str], max_workers: int = 8) -> list[str]:
    """Zero-shot classification of short texts, one request per row."""
    client = get_openai_client()
    system = f"Classify the text into exactly one of: {', '.join(labels)}. Reply with the label only."
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [
            pool.submit(
                client.chat.completions.create,
                model="gpt-4o-mini",
                temperature=0,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": text},
                ],
            )
            for text in texts
        ]
        return [f.result().choices[0].message.content.strip() for f in futures]


async def _extract_one(client, sem, text: str, schema: dict) -> dict:
    async with sem:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": f"Extract JSON matching this schema: {json.dumps(schema)}"},
                {"role": "user", "content": text},
            ],
        )
    return json.loads(resp.choices[0].message.content)


async def extract_records(texts: list[str], schema: dict, concurrency: int = 10) -> list[dict]:
    """``records = await extract_records(df.notes.tolist(), {...})`` (top-level await works in Jupyter)."""
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)
    return await asyncio.gather(*(_extract_one(client, sem, t, schema) for t in texts))


async def critique_analysis(markdown: str) -> str:
    client = get_async_anthropic_client()
    msg = await client.messages.create(
        model=DEFAULT_MODELS["anthropic"],
        max_tokens=1500,
        messages=[{"role": "user", "content": f"Critique this analysis for statistical mistakes:\n\n{markdown}"}],
    )
    return msg.content[0].text


async def tracked_summary(text: str, feature: str = "notebook_summary") -> str:
    """Summary through the tracked path (preferred for anything scheduled)."""
    return await multi_model_service.generate_response(
        prompt=f"Summarize in 5 bullet points:\n\n{text}",
        task_type=feature,
        complexity=TaskComplexity.SIMPLE,
    )


async def tracked_rewrite(text: str, style: str = "plain English") -> str:
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="notebook_rewrite"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Rewrite in {style}:\n\n{text}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def describe_chart(fig=None, question: str = "What does this chart show?") -> str:
    """Send the current matplotlib figure to a vision model."""
    import matplotlib.pyplot as plt

    fig = fig or plt.gcf()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    b64 = base64.b64encode(buf.getvalue()).decode()
    client = _ns_client("openai_client", get_openai_client)
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": question},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}"}},
                ],
            }
        ],
    )
    return resp.choices[0].message.content


def local_docstring(source: str, model: str = DEFAULT_MODELS["ollama"]) -> str:
    """Offline docstring drafts with a local model (no data leaves the laptop)."""
    out = ollama.generate(
        model=model,
        prompt=f"Write a numpy-style docstring for this function. Only the docstring.\n\n{source}",
    )
    return out["response"]


def moderate(texts: list[str]) -> list[bool]:
    client = get_openai_client()
    flagged = partial(client.moderations.create, model="omni-moderation-latest")
    return [r.flagged for r in flagged(input=texts).results]
