from __future__ import annotations

import json
from typing import Any

from jobs.common.bedrock import claude_body
from jobs.common.clients import get_bedrock_runtime
from jobs.enrichers.base import Enricher


class BedrockEnricher(Enricher):
    provider = "bedrock"

    def __init__(self, cfg: dict[str, Any], template, system=None) -> None:
        super().__init__(cfg, template, system)
        self.runtime = get_bedrock_runtime(cfg["bedrock"]["region"])
        self.model_id = cfg["bedrock"]["model_id"]

    def complete(self, prompt: str) -> str:
        resp = self.runtime.invoke_model_with_response_stream(
            modelId=self.model_id,
            body=claude_body(prompt, max_tokens=512, system=self.system),
        )
        out = []
        for event in resp["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                out.append(chunk["delta"].get("text", ""))
        return "".join(out)
