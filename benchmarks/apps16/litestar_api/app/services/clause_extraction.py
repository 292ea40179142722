"""Clause extraction on Bedrock (Claude) with forced tool use.

Claude was noticeably better than gpt-4o at keeping exact clause boundaries, which the
redline view depends on, so this one stayed on Bedrock after the Azure move.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

from botocore.exceptions import ClientError

from app.clients.bedrock import get_bedrock_runtime
from app.config import get_settings
from app.exceptions import UpstreamModelError

logger = logging.getLogger(__name__)

CLAUSE_TYPES = [
    "limitation_of_liability",
    "indemnification",
    "termination",
    "auto_renewal",
    "assignment",
    "governing_law",
    "confidentiality",
    "non_solicitation",
    "data_protection",
    "most_favored_nation",
]

RECORD_CLAUSES_TOOL = {
    "toolSpec": {
        "name": "record_clauses",
        "description": "Record every clause found in the agreement.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "clauses": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "clause_type": {"type": "string", "enum": CLAUSE_TYPES},
                                "excerpt": {"type": "string"},
                                "section_ref": {"type": "string"},
                                "risk_level": {"type": "string", "enum": ["low", "medium", "high"]},
                                "rationale": {"type": "string"},
                            },
                            "required": ["clause_type", "excerpt", "risk_level"],
                        },
                    }
                },
                "required": ["clauses"],
            }
        },
    }
}

SYSTEM = [
    {
        "text": (
            "You extract clauses from commercial agreements for a legal review tool. "
            "Excerpts must be verbatim. Use the record_clauses tool exactly once."
        )
    }
]

# Claude 3.5 Sonnet on Bedrock; leave room for the tool output
MAX_INPUT_TOKENS = 180_000


@dataclass
class ExtractedClause:
    clause_type: str
    excerpt: str
    risk_level: str
    section_ref: Optional[str] = None
    rationale: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)


class ClauseExtractor:
    def __init__(self, model_id: Optional[str] = None, region: Optional[str] = None) -> None:
        self.model_id = model_id or get_settings().bedrock_claude_model_id
        self.runtime = get_bedrock_runtime(region)

    def _messages(self, text: str) -> List[Dict[str, Any]]:
        return [{"role": "user", "content": [{"text": f"<agreement>\n{text}\n</agreement>"}]}]

    def fits_context(self, text: str) -> bool:
        counted = self.runtime.count_tokens(
            modelId=self.model_id,
            input={"converse": {"messages": self._messages(text), "system": SYSTEM}},
        )
        return counted["inputTokens"] <= MAX_INPUT_TOKENS

    def extract(self, text: str) -> List[ExtractedClause]:
        try:
            response = self.runtime.converse(
                modelId=self.model_id,
                system=SYSTEM,
                messages=self._messages(text),
                toolConfig={"tools": [RECORD_CLAUSES_TOOL], "toolChoice": {"tool": {"name": "record_clauses"}}},
                inferenceConfig={"maxTokens": 8192, "temperature": 0},
            )
        except ClientError as exc:
            raise UpstreamModelError(f"bedrock converse failed: {exc.response['Error']['Code']}") from exc

        usage = response.get("usage", {})
        logger.info(
            "clause extraction done stop=%s in=%s out=%s",
            response.get("stopReason"),
            usage.get("inputTokens"),
            usage.get("outputTokens"),
        )
        for block in response["output"]["message"]["content"]:
            tool_use = block.get("toolUse")
            if tool_use and tool_use["name"] == "record_clauses":
                return [ExtractedClause(**c) for c in tool_use["input"].get("clauses", [])]
        raise UpstreamModelError("model did not call record_clauses")

    def explain(self, clause: ExtractedClause, audience: str = "client") -> Iterator[str]:
        """Plain-English explanation of a clause, streamed to the UI."""
        prompt = (
            f"Explain this {clause.clause_type.replace('_', ' ')} clause to a {audience} in under 150 words. "
            f"Flag anything unusual.\n\n{clause.excerpt}"
        )
        stream = self.runtime.converse_stream(
            modelId=get_settings().bedrock_haiku_model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 400, "temperature": 0.3},
        )
        for event in stream["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")
            elif "metadata" in event:
                logger.debug("explain usage %s", event["metadata"].get("usage"))
