"""``labelkit probe``: one tiny request per provider to check credentials, quotas and latency.

Deliberately bypasses the adapters (and the retry/ratelimit machinery): we want the raw
error if something is wrong with an account.
"""
from __future__ import annotations

import time
from typing import Callable, Dict, Optional

from labelkit import aws, clients
from labelkit.plugins.fireworks_ai import make_fireworks_client

PING = "Reply with the single word: pong"
_MESSAGES = [{"role": "user", "content": PING}]

DEFAULT_MODELS = {
    "bedrock": "anthropic.claude-3-5-haiku-20241022-v1:0",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "fireworks": "accounts/fireworks/models/llama-v3p1-8b-instruct",
    "watsonx": "ibm/granite-3-8b-instruct",
    "replicate": "meta/meta-llama-3-8b-instruct",
    "hf": "meta-llama/Llama-3.1-8B-Instruct",
    "vllm": "Qwen/Qwen2.5-32B-Instruct",
}


def probe_bedrock(model: str) -> str:
    runtime = aws.bedrock_runtime()
    resp = runtime.converse_stream(
        modelId=model,
        messages=[{"role": "user", "content": [{"text": PING}]}],
        inferenceConfig={"maxTokens": 8, "temperature": 0},
    )
    out = []
    for event in resp["stream"]:
        if "contentBlockDelta" in event:
            out.append(event["contentBlockDelta"]["delta"].get("text", ""))
    return "".join(out)


def probe_together(model: str) -> str:
    stream = clients.get_together().chat.completions.create(
        model=model, messages=_MESSAGES, max_tokens=8, temperature=0, stream=True
    )
    return "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)


def probe_hf(model: str) -> str:
    return clients.get_hf_client().text_generation(PING, model=model, max_new_tokens=8)


def probe_watsonx(model: str) -> str:
    inference = clients.get_watsonx_model(model)
    parts = []
    for chunk in inference.chat_stream(messages=_MESSAGES, params={"max_tokens": 8}):
        if chunk.get("choices"):
            parts.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(parts)


def probe_vllm(model: str) -> str:
    text = []
    with clients.vllm_http(timeout=30) as http:
        with http.stream("POST", "/chat/completions",
                         json={"model": model, "messages": _MESSAGES, "max_tokens": 8, "stream": True}) as resp:
            resp.raise_for_status()
            for line in resp.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    text.append(line[6:])
    return f"{len(text)} chunks"


def probe_replicate(model: str) -> str:
    return "".join(str(ev) for ev in clients.get_replicate().stream(model, input={"prompt": PING, "max_new_tokens": 8}))


PROBES: Dict[str, Callable[[str], str]] = {
    "bedrock": probe_bedrock,
    "together": probe_together,
    "fireworks": lambda model: make_fireworks_client().completions.create(
        model=model, prompt=PING, max_tokens=4
    ).choices[0].text,
    "watsonx": probe_watsonx,
    "replicate": probe_replicate,
    "hf": probe_hf,
    "vllm": probe_vllm,
}


def run_probe(provider: str, model: Optional[str] = None) -> Dict[str, object]:
    model = model or DEFAULT_MODELS[provider]
    started = time.perf_counter()
    try:
        output = PROBES[provider](model)
        ok, error = True, None
    except Exception as exc:  # noqa: BLE001 - we want to report anything
        output, ok, error = "", False, f"{type(exc).__name__}: {exc}"
    return {
        "provider": provider,
        "model": model,
        "ok": ok,
        "latency_ms": int((time.perf_counter() - started) * 1000),
        "output": (output or "")[:80],
        "error": error,
    }
