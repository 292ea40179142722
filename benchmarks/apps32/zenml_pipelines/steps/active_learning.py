"""Active-learning step: pick uncertain tickets and get a second opinion.

Runs on the Bedrock account (the data can't leave our AWS org for this
customer segment), with a streaming converse call and a Claude fallback.
"""

from __future__ import annotations

import logging
from typing import Dict, List

import pandas as pd
from typing_extensions import Annotated
from zenml import get_step_context, step

from config.settings import get_settings
from llm import get_anthropic_client, get_bedrock_runtime
from llm.prompts import LABEL_SYSTEM, render_label_prompt
from utils.cache import ResponseCache

logger = logging.getLogger(__name__)


def _bedrock_stream_label(runtime, model_id: str, prompt: str) -> Dict:
    response = runtime.converse_stream(
        modelId=model_id,
        system=[{"text": LABEL_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 16, "temperature": 0.0},
    )
    text, usage = [], {}
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            text.append(event["contentBlockDelta"]["delta"].get("text", ""))
        elif "metadata" in event:
            usage = event["metadata"]["usage"]
    return {"text": "".join(text), "usage": usage}


def _claude_second_opinion(prompt: str) -> str:
    client = get_anthropic_client().with_options(timeout=20.0, max_retries=1)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=16,
        system=LABEL_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


@step(enable_cache=False)
def second_opinion(
    labelled: pd.DataFrame, label_set: List[str], max_items: int = 200
) -> Annotated[pd.DataFrame, "second_opinions"]:
    ctx = get_step_context()
    runtime = get_bedrock_runtime()
    model_id = get_settings().bedrock_model_id
    cache = ResponseCache()
    uncertain = labelled[labelled["label"] == "other"].head(max_items)
    rows = []
    for row in uncertain.to_dict(orient="records"):
        prompt = render_label_prompt(row.get("subject", ""), row["body"], label_set)
        try:
            out = cache.completion(model_id, prompt, lambda: _bedrock_stream_label(runtime, model_id, prompt))
            label = out["text"].strip().lower()
        except Exception:  # noqa: BLE001
            logger.exception("bedrock failed in %s", ctx.step_run.name)
            label = _claude_second_opinion(prompt).strip().lower()
        rows.append({"id": row["id"], "second_label": label})
    return pd.DataFrame(rows)
