"""Tasks that ask an LLM to explain a pending diff.

The client comes from ``task.host.data["llm"]`` (an LLMBundle attached in
nornir_setup.attach_llm_to_hosts). Each provider speaks its own dialect, so
there's a small branch per vendor here. Yes, this duplicates registry.py; the
registry came later and nobody has moved this over yet.
"""
from __future__ import annotations

import json
import logging

from nornir.core.task import Result, Task

from netauto.llm.prompts import EXPLAIN_DIFF_SYSTEM, render_diff_prompt
from netauto.tasks.config_push import render_and_diff

log = logging.getLogger(__name__)


def _explain_with_bundle(bundle, provider: str, prompt: str) -> str:
    cfg = bundle.settings
    if provider == "anthropic":
        msg = bundle.anthropic.messages.create(
            model=cfg.anthropic_model,
            max_tokens=cfg.max_tokens,
            system=EXPLAIN_DIFF_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text
    if provider == "bedrock":
        body = json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": cfg.max_tokens,
                "system": EXPLAIN_DIFF_SYSTEM,
                "messages": [{"role": "user", "content": prompt}],
            }
        )
        raw = bundle.bedrock.invoke_model(
            modelId=cfg.bedrock_model,
            body=body,
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(raw["body"].read())
        return payload["content"][0]["text"]
    if provider == "mistral":
        res = bundle.mistral.chat.complete(
            model=cfg.mistral_model,
            messages=[
                {"role": "system", "content": EXPLAIN_DIFF_SYSTEM},
                {"role": "user", "content": prompt},
            ],
        )
        return res.choices[0].message.content
    if provider == "watsonx":
        return bundle.watsonx.generate_text(prompt=f"{EXPLAIN_DIFF_SYSTEM}\n\n{prompt}")
    resp = bundle.openai.chat.completions.create(
        model=cfg.openai_model,
        messages=[
            {"role": "system", "content": EXPLAIN_DIFF_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        temperature=cfg.temperature,
    )
    return resp.choices[0].message.content


def explain_diff(task: Task, provider: str | None = None) -> Result:
    diff = task.host.data.get("pending_diff")
    if diff is None:
        diff = task.run(task=render_and_diff).result
    if not diff:
        return Result(host=task.host, result="no changes")
    bundle = task.host.data["llm"]
    provider = provider or task.host.data.get("llm_provider") or bundle.provider
    prompt = render_diff_prompt(task.host.name, task.host.platform or "unknown", diff)
    explanation = _explain_with_bundle(bundle, provider, prompt)
    task.host.data["diff_explanation"] = explanation
    return Result(host=task.host, result=explanation)


def diff_and_explain(task: Task, template: str = "base.j2") -> Result:
    """Grouped task: render, diff, explain."""
    task.run(task=render_and_diff, template=template)
    r = task.run(task=explain_diff)
    return Result(host=task.host, result=r.result)
