"""Compare responses for the same endpoint across two environments
(e.g. staging vs prod) and explain differences.

Mark two flows and run ``: llm.diff @marked``.  The deterministic JSON diff
is always computed; the model only writes the explanation.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from mitmproxy import command, ctx, flow, http

from shared.multi_model_service import TaskComplexity, multi_model_service
from shared.registry import DEFAULT_MODELS, registry

logger = logging.getLogger(__name__)


def json_diff(a: Any, b: Any, path: str = "$") -> list[str]:
    out: list[str] = []
    if type(a) is not type(b):
        out.append(f"{path}: type {type(a).__name__} -> {type(b).__name__}")
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                out.append(f"{path}.{k}: added")
            elif k not in b:
                out.append(f"{path}.{k}: removed")
            else:
                out.extend(json_diff(a[k], b[k], f"{path}.{k}"))
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} -> {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            out.extend(json_diff(x, y, f"{path}[{i}]"))
    elif a != b:
        out.append(f"{path}: {a!r} -> {b!r}")
    return out


def _body(f: http.HTTPFlow) -> Any:
    try:
        return json.loads(f.response.get_text(strict=False) or "null")
    except (json.JSONDecodeError, AttributeError):
        return None


class ApiDiff:
    def load(self, loader):
        loader.add_option("apidiff_backend", str, "deepseek", "Backend for llm.diff explanations.")
        loader.add_option("apidiff_use_gateway", bool, False, "Route explanations through the LLM gateway.")

    @command.command("llm.diff")
    async def diff(self, flows: Sequence[flow.Flow]) -> None:
        pair = [f for f in flows if isinstance(f, http.HTTPFlow) and f.response][:2]
        if len(pair) != 2:
            logger.error("llm.diff needs exactly two flows with responses")
            return
        left, right = (_body(f) for f in pair)
        changes = json_diff(left, right)
        if not changes:
            logger.info("responses are identical")
            return
        prompt = ("Two environments returned different JSON for the same request. "
                  "Explain the likely cause of these differences:\n" + "\n".join(changes[:200]))
        if ctx.options.apidiff_use_gateway:
            text = await multi_model_service.generate_response(
                prompt=prompt, task_type="api_diff", complexity=TaskComplexity.SIMPLE
            )
        else:
            backend = ctx.options.apidiff_backend
            client = registry.get(backend)
            resp = client.chat.completions.create(
                model=DEFAULT_MODELS[backend],
                messages=[{"role": "user", "content": prompt}],
                max_tokens=500,
            )
            text = resp.choices[0].message.content or ""
        for f in pair:
            f.comment = text[:500]
        logger.info("%d differences\n%s", len(changes), text)

    @command.command("apidiff.raw")
    def raw(self, flows: Sequence[flow.Flow]) -> Sequence[str]:
        pair = [f for f in flows if isinstance(f, http.HTTPFlow) and f.response][:2]
        if len(pair) != 2:
            return []
        return json_diff(_body(pair[0]), _body(pair[1]))


addons = [ApiDiff()]
