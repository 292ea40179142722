"""Incident triage helpers: fan out a prompt to several providers and compare.

Used by the on-call runbook page. Written during the Q3 outage review; needs cleanup.
"""
from __future__ import annotations

import asyncio
import functools
import json
from concurrent.futures import ThreadPoolExecutor

from netbox.plugins import get_plugin_config

from ..llm import clients

TRIAGE_PROMPT = (
    "Given the affected NetBox objects and recent journal entries, propose the three most "
    "likely root causes and the first diagnostic command for each. Reply as JSON."
)


def _anthropic_triage(context: str) -> str:
    client = clients.get_anthropic_client()
    msg = client.messages.create(
        model=get_plugin_config("netbox_ai_assist", "anthropic_model"),
        max_tokens=1200,
        system=TRIAGE_PROMPT,
        messages=[{"role": "user", "content": context}],
    )
    return msg.content[0].text


def _bedrock_triage(context: str) -> str:
    runtime = clients.get_bedrock_runtime()
    parts = []
    stream = runtime.converse_stream(
        modelId=get_plugin_config("netbox_ai_assist", "bedrock_model_id"),
        system=[{"text": TRIAGE_PROMPT}],
        messages=[{"role": "user", "content": [{"text": context}]}],
    )
    for event in stream["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            parts.append(delta["text"])
    return "".join(parts)


def triage_all(context: str) -> dict[str, str]:
    """Run the same triage against Anthropic, Bedrock and OpenRouter in parallel."""
    router = clients.get_openrouter_client()
    ask_router = functools.partial(
        router.chat.completions.create,
        model=get_plugin_config("netbox_ai_assist", "openrouter_model"),
        messages=[{"role": "system", "content": TRIAGE_PROMPT}, {"role": "user", "content": context}],
    )
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {
            "anthropic": pool.submit(_anthropic_triage, context),
            "bedrock": pool.submit(_bedrock_triage, context),
        }
        router_resp = ask_router()
    results = {name: f.result() for name, f in futures.items()}
    results["openrouter"] = router_resp.choices[0].message.content
    return results


async def triage_embeddings(snippets: list[str]) -> list[list[float]]:
    """Cluster incident notes: embeddings via OpenAI, run off the event loop."""
    client = clients.get_openai_client()
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model="text-embedding-3-small",
        input=snippets,
    )
    return [d.embedding for d in resp.data]


def parse_triage(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return data if isinstance(data, list) else data.get("causes", [])
