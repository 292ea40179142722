"""Triage recent error logs. Runs on the thread pool executor (blocking boto3 calls)."""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path

import ollama

from monitor import llm
from monitor.context import JobContext
from monitor.utils.retry import with_retries
from monitor.utils.text import chunked, redact, truncate

LOG_DIR = Path("/var/log/services")
ERROR_RE = re.compile(r"\b(ERROR|CRITICAL|Traceback)\b")

TRIAGE_PROMPT = (
    "Group these log errors into at most 5 clusters. For each cluster output JSON "
    '{"title": str, "count": int, "severity": "low|medium|high", "hint": str}. Return a JSON list.'
)


def _recent_errors(since_minutes: int, limit: int = 400) -> list[str]:
    lines: list[str] = []
    for f in sorted(LOG_DIR.glob("*.log")):
        try:
            for line in f.read_text(errors="replace").splitlines()[-2000:]:
                if ERROR_RE.search(line):
                    lines.append(f"{f.stem}: {redact(line)}")
        except OSError:
            continue
    return lines[-limit:]


def _signature(line: str) -> str:
    return re.sub(r"\d+", "N", line)[:120]


def _classify_with_bedrock(ctx: JobContext, batch: list[str]) -> list[dict]:
    model_id = ctx.model_for("bedrock", "model_id", "anthropic.claude-3-haiku-20240307-v1:0")
    resp = ctx.bedrock.converse(
        modelId=model_id,
        system=[{"text": TRIAGE_PROMPT}],
        messages=[{"role": "user", "content": [{"text": "\n".join(batch)}]}],
        inferenceConfig={"maxTokens": 1200, "temperature": 0.0},
    )
    text = resp["output"]["message"]["content"][0]["text"]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        ctx.log.warning("bedrock returned non-JSON triage output")
        return []


def _classify_with_deepseek(batch: list[str]) -> list[dict]:
    client = llm.chat_backend("deepseek")
    resp = with_retries(
        client.chat.completions.create,
        model=llm.DEFAULT_MODELS["deepseek"],
        messages=[
            {"role": "system", "content": TRIAGE_PROMPT},
            {"role": "user", "content": "\n".join(batch)},
        ],
        response_format={"type": "json_object"},
    )
    data = json.loads(resp.choices[0].message.content or "[]")
    return data if isinstance(data, list) else data.get("clusters", [])


def _quick_label(sig: str, host: str) -> str:
    """Cheap local labelling for the long tail of one-off errors."""
    out = ollama.generate(model="llama3.2:3b", prompt=f"Label this error in <=6 words: {sig}",
                          options={"num_predict": 24})
    return out["response"].strip()


def triage_recent_logs(ctx: JobContext, since_minutes: int = 10, backend: str = "bedrock") -> list[dict]:
    errors = _recent_errors(since_minutes)
    if not errors:
        return []

    counts = Counter(_signature(e) for e in errors)
    clusters: list[dict] = []
    for batch in chunked(errors, 120):
        if backend == "bedrock":
            clusters.extend(_classify_with_bedrock(ctx, batch))
        else:
            clusters.extend(_classify_with_deepseek(batch))

    host = ctx.model_for("ollama", "host", "http://127.0.0.1:11434")
    tail = [s for s, n in counts.items() if n == 1][:10]
    for sig in tail:
        try:
            clusters.append({"title": _quick_label(sig, host), "count": 1, "severity": "low"})
        except Exception:  # noqa: BLE001
            pass
    ctx.extras["last_triage"] = clusters
    return clusters


def deep_dive(ctx: JobContext, cluster: dict, samples: list[str]) -> str:
    """On-demand: stream a longer analysis of one cluster from Bedrock (invoke_model API)."""
    runtime = llm.bedrock_runtime()
    invoke = functools.partial(
        runtime.invoke_model_with_response_stream,
        modelId=ctx.model_for("bedrock", "model_id", "anthropic.claude-3-haiku-20240307-v1:0"),
        contentType="application/json",
        accept="application/json",
    )
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 1500,
        "messages": [{"role": "user", "content": truncate(
            f"Cluster: {cluster.get('title')}\nSamples:\n" + "\n".join(samples), 12000)}],
    }
    response = invoke(body=json.dumps(body))
    out = []
    for event in response["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            out.append(chunk["delta"].get("text", ""))
    return "".join(out)
