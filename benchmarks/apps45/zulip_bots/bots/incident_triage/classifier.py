"""Severity classification for incident reports, on Bedrock (Claude Haiku)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List

from botlib.llm import parse_json_reply
from botlib.prompts import TRIAGE_SYSTEM, bedrock_messages

log = logging.getLogger(__name__)

SEVERITIES = ("SEV1", "SEV2", "SEV3", "SEV4")


@dataclass
class Triage:
    severity: str = "SEV3"
    component: str = "unknown"
    summary: str = ""
    next_steps: List[str] = field(default_factory=list)

    @property
    def is_page_worthy(self) -> bool:
        return self.severity in ("SEV1", "SEV2")


class SeverityClassifier:
    def __init__(self, bedrock_runtime: Any, model_id: str, components: List[str]) -> None:
        self.runtime = bedrock_runtime
        self.model_id = model_id
        self.components = components

    def classify(self, report: str) -> Triage:
        system = TRIAGE_SYSTEM + "\nKnown components: " + ", ".join(self.components)
        response = self.runtime.converse(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=bedrock_messages(report),
            inferenceConfig={"maxTokens": 600, "temperature": 0.0},
        )
        text = response["output"]["message"]["content"][0]["text"]
        usage = response.get("usage", {})
        log.debug("triage tokens in=%s out=%s", usage.get("inputTokens"), usage.get("outputTokens"))
        return self._to_triage(parse_json_reply(text))

    @staticmethod
    def _to_triage(data: Dict[str, Any]) -> Triage:
        sev = str(data.get("severity", "SEV3")).upper()
        if sev not in SEVERITIES:
            sev = "SEV3"
        steps = data.get("next_steps") or []
        if isinstance(steps, str):
            steps = [steps]
        return Triage(severity=sev, component=data.get("component", "unknown"),
                      summary=data.get("summary", ""), next_steps=list(steps))


def explain_json(triage: Triage) -> str:
    return json.dumps(triage.__dict__, indent=2)
