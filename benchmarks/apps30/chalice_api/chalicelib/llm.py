"""Pre-provider-refactor LLM helper.

DEPRECATED: use ``chalicelib.providers.get_provider`` (or, better,
``multi_model_service``). Still imported by the nightly digest and the
classify handler; remove once those are migrated (see LLMGW-142).
"""
import json
import logging
import warnings

from chalicelib.clients import anthropic_bedrock, bedrock_runtime, cohere_client, get_azure_client
from chalicelib.config import settings

logger = logging.getLogger(__name__)


def call_llm(prompt: str, provider: str = "azure", max_tokens: int = 512, system: str | None = None) -> str:
    warnings.warn("call_llm is deprecated, use providers", DeprecationWarning, stacklevel=2)
    if provider == "azure":
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        resp = get_azure_client().chat.completions.create(
            model=settings.azure_deployment, messages=messages, max_tokens=max_tokens
        )
        return resp.choices[0].message.content
    if provider == "claude":
        msg = anthropic_bedrock.messages.create(
            model=settings.fast_bedrock_model,
            max_tokens=max_tokens,
            system=system or "",
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text
    if provider == "cohere":
        resp = cohere_client.chat(
            model=settings.cohere_model,
            messages=[{"role": "user", "content": prompt}],
        )
        return resp.message.content[0].text
    if provider == "titan":
        # old Titan text model, kept for the FR/DE digest which was tuned on it
        body = {
            "inputText": prompt,
            "textGenerationConfig": {"maxTokenCount": max_tokens, "temperature": 0.3},
        }
        resp = bedrock_runtime.invoke_model(
            modelId="amazon.titan-text-premier-v1:0", body=json.dumps(body)
        )
        return json.loads(resp["body"].read())["results"][0]["outputText"]
    raise ValueError(f"unsupported provider {provider}")


def parse_label(raw: str, labels: list[str], default: str = "other") -> str:
    cleaned = raw.strip().lower().strip(".").replace(" ", "_")
    for label in labels:
        if cleaned.startswith(label):
            return label
    return default
