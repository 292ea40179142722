"""Runbook drafts via Bedrock (the prod account can't reach public LLM APIs)."""
from __future__ import annotations

from typing import Optional

import pulumi
from pulumi.dynamic import CreateResult, DiffResult, ResourceProvider, UpdateResult

from infra_ai import get_bedrock_runtime
from infra_ai.prompts import RUNBOOK_SYSTEM
from infra_ai.settings import SETTINGS


def draft_runbook(runtime, description: str, model_id: str) -> str:
    response = runtime.converse(
        modelId=model_id,
        system=[{"text": RUNBOOK_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": description}]}],
        inferenceConfig={"maxTokens": 1500, "temperature": 0.3},
    )
    parts = response["output"]["message"]["content"]
    return "\n".join(p["text"] for p in parts if "text" in p)


class RunbookProvider(ResourceProvider):
    def create(self, props: dict) -> CreateResult:
        runtime = get_bedrock_runtime(props.get("region"))
        body = draft_runbook(runtime, props["description"], props.get("model_id") or SETTINGS.bedrock_model)
        return CreateResult(id_=f"runbook-{props['service']}", outs={**props, "body": body})

    def diff(self, _id: str, olds: dict, news: dict) -> DiffResult:
        return DiffResult(changes=olds.get("description") != news.get("description"),
                          replaces=["service"] if olds.get("service") != news.get("service") else [])

    def update(self, _id: str, olds: dict, news: dict) -> UpdateResult:
        runtime = get_bedrock_runtime(news.get("region"))
        stream = runtime.converse_stream(
            modelId=news.get("model_id") or SETTINGS.bedrock_model,
            system=[{"text": RUNBOOK_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": news["description"]}]}],
        )
        text = []
        for event in stream["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                text.append(delta["text"])
        return UpdateResult(outs={**news, "body": "".join(text)})


class Runbook(pulumi.dynamic.Resource):
    body: pulumi.Output[str]

    def __init__(self, name: str, service: str, description: pulumi.Input[str],
                 region: Optional[str] = None, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__(
            RunbookProvider(),
            name,
            {"service": service, "description": description, "region": region,
             "model_id": None, "body": None},
            opts,
        )
