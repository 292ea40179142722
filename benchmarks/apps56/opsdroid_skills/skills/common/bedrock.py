"""Bedrock runtime helpers (boto3 is sync, so these run in threads)."""
import json
import logging

from .retry import run_blocking

_LOGGER = logging.getLogger(__name__)

TITAN_EMBED = "amazon.titan-embed-text-v2:0"
CLAUDE_ON_BEDROCK = "anthropic.claude-3-5-sonnet-20240620-v1:0"


def _converse_text(response):
    blocks = response["output"]["message"]["content"]
    return "".join(b.get("text", "") for b in blocks)


async def converse(runtime, prompt, system=None, model_id=CLAUDE_ON_BEDROCK, max_tokens=700):
    kwargs = {
        "modelId": model_id,
        "messages": [{"role": "user", "content": [{"text": prompt}]}],
        "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.1},
    }
    if system:
        kwargs["system"] = [{"text": system}]
    response = await run_blocking(runtime.converse, **kwargs)
    return _converse_text(response)


async def titan_embed(runtime, text, model_id=TITAN_EMBED, dimensions=512):
    body = json.dumps({"inputText": text[:8000], "dimensions": dimensions, "normalize": True})
    response = await run_blocking(
        runtime.invoke_model,
        modelId=model_id,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(response["body"].read())
    return payload["embedding"]


def list_text_models(control_plane):
    """Model catalogue, used by scripts/list_models.py."""
    resp = control_plane.list_foundation_models(byOutputModality="TEXT")
    return [m["modelId"] for m in resp.get("modelSummaries", [])]
