"""Spot-check audits: an LLM judge re-reads a sample of labelled items.

The judge runs on Fireworks (405B) so it is a different model family from whatever did the
labelling. ``audit_async`` is the newer tracked variant used by the async runner.
"""
from __future__ import annotations

import json
import logging
from functools import partial
from typing import Any, Dict, Optional

from labelkit.clients import get_async_together
from labelkit.plugins.base import LabelResult
from labelkit.plugins.fireworks_ai import make_fireworks_client, qualify
from labelkit.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

JUDGE_SYSTEM = (
    "You review labels produced by another annotator. Given a text, the allowed labels and the "
    "assigned label, answer with JSON {\"correct\": true|false, \"suggested\": <label or null>}."
)
ASYNC_JUDGE_MODEL = "Qwen/Qwen2.5-72B-Instruct-Turbo"


def _user_message(text: str, result: LabelResult, labels) -> Dict[str, str]:
    return {
        "role": "user",
        "content": f"Text:\n{text[:6000]}\n\nAllowed labels: {', '.join(labels)}\nAssigned label: {result.label}",
    }


def _verdict(raw: str) -> Dict[str, Any]:
    try:
        data = json.loads(raw)
        return {"correct": bool(data.get("correct")), "suggested": data.get("suggested")}
    except (json.JSONDecodeError, AttributeError):
        return {"correct": None, "suggested": None, "unparsed": raw[:200]}


class LabelAuditor:
    def __init__(self, labels, judge_model: str, max_tokens: int = 128) -> None:
        self.labels = list(labels)
        self.judge_model = qualify(judge_model)
        client = make_fireworks_client(timeout=120.0)
        self._judge = partial(
            client.chat.completions.create,
            model=self.judge_model,
            temperature=0.0,
            max_tokens=max_tokens,
            response_format={"type": "json_object"},
        )

    def audit(self, item: Dict[str, Any], result: LabelResult, text_field: str = "text") -> Dict[str, Any]:
        resp = self._judge(messages=[
            {"role": "system", "content": JUDGE_SYSTEM},
            _user_message(str(item.get(text_field, "")), result, self.labels),
        ])
        verdict = _verdict(resp.choices[0].message.content or "")
        verdict["judge"] = self.judge_model
        return verdict

    async def audit_async(self, item: Dict[str, Any], result: LabelResult,
                          text_field: str = "text", job: Optional[str] = None) -> Dict[str, Any]:
        client = get_async_together()
        async with llm_tracker.track_llm_call(
            provider="together",
            model=ASYNC_JUDGE_MODEL,
            feature_context=f"label_audit:{job or 'adhoc'}",
        ) as usage_log:
            resp = await client.chat.completions.create(
                model=ASYNC_JUDGE_MODEL,
                messages=[
                    {"role": "system", "content": JUDGE_SYSTEM},
                    _user_message(str(item.get(text_field, "")), result, self.labels),
                ],
                temperature=0.0,
                max_tokens=128,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        verdict = _verdict(resp.choices[0].message.content or "")
        verdict["judge"] = ASYNC_JUDGE_MODEL
        return verdict
