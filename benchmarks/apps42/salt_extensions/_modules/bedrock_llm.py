"""
Amazon Bedrock execution module.

Minions in the AWS accounts use their instance role, so no keys are
configured here.

CLI examples::

    salt -G 'ec2_tags:team:data' bedrock_llm.converse "summarize: ..."
    salt-call bedrock_llm.embed "hello world"
"""
import json
import logging

from salt.exceptions import CommandExecutionError

try:
    import boto3
    from botocore.exceptions import ClientError

    HAS_BOTO3 = True
except ImportError:
    HAS_BOTO3 = False

log = logging.getLogger(__name__)

__virtualname__ = "bedrock_llm"

CLAUDE_HAIKU = "anthropic.claude-3-haiku-20240307-v1:0"
TITAN_EMBED = "amazon.titan-embed-text-v2:0"


def __virtual__():
    if not HAS_BOTO3:
        return (False, "bedrock_llm: boto3 is not installed")
    return __virtualname__


def _runtime(region=None):
    return __utils__["llm_clients.bedrock_runtime"](region)


def converse(prompt, model_id=CLAUDE_HAIKU, region=None, max_tokens=512, temperature=0.2):
    """
    Single-turn Converse API call.
    """
    brt = _runtime(region)
    try:
        resp = brt.converse(
            modelId=model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
        )
    except ClientError as exc:
        raise CommandExecutionError("Bedrock converse failed: {}".format(exc))
    return resp["output"]["message"]["content"][0]["text"]


def converse_stream(prompt, model_id=CLAUDE_HAIKU, region=None, max_tokens=1024):
    """
    Streaming Converse; returns the concatenated text.
    """
    resp = _runtime(region).converse_stream(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens},
    )
    out = []
    for event in resp["stream"]:
        if "contentBlockDelta" in event:
            out.append(event["contentBlockDelta"]["delta"].get("text", ""))
    return "".join(out)


def embed(text, model_id=TITAN_EMBED, region=None, dimensions=512):
    """
    Titan text embeddings via InvokeModel.
    """
    body = json.dumps({"inputText": text, "dimensions": dimensions, "normalize": True})
    resp = _runtime(region).invoke_model(
        modelId=model_id,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    return json.loads(resp["body"].read())["embedding"]


def list_models(region=None, provider=None):
    """
    List foundation models (control plane, no inference).
    """
    bedrock = __utils__["llm_clients.bedrock_control"](region)
    kwargs = {"byProvider": provider} if provider else {}
    models = bedrock.list_foundation_models(**kwargs)["modelSummaries"]
    return [m["modelId"] for m in models]


def _legacy_claude_v2(prompt, region="us-east-1"):
    # TODO(mkovacs): drop once nothing calls bedrock_llm.legacy_complete
    client = boto3.client("bedrock-runtime", region_name=region)
    resp = client.invoke_model(
        modelId="anthropic.claude-v2:1",
        body=json.dumps(
            {
                "prompt": "\n\nHuman: {}\n\nAssistant:".format(prompt),
                "max_tokens_to_sample": 500,
            }
        ),
    )
    return json.loads(resp["body"].read())["completion"]


def legacy_complete(prompt, region="us-east-1"):
    """
    Deprecated: use ``bedrock_llm.converse``.
    """
    log.warning("bedrock_llm.legacy_complete is deprecated")
    return _legacy_claude_v2(prompt, region=region)
