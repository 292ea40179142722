"""Risk-call commentary via Bedrock (the risk team's AWS account, not ours)."""
from __future__ import annotations

import json
import logging

import pandas as pd

from deskassist.prompts import DESK_SYSTEM, RISK_TEMPLATE
from deskassist.services.llm_usage_tracker import llm_tracker
from deskassist.settings import settings
from deskassist.utils import bedrock_text

log = logging.getLogger(__name__)


class RiskCommentator:
    def __init__(self, runtime, model_id: str | None = None):
        self._runtime = runtime
        self.model_id = model_id or settings.bedrock_model_id

    def _messages(self, positions: pd.DataFrame, var: dict) -> list[dict]:
        prompt = RISK_TEMPLATE.format(
            positions=positions.to_string(index=False), var=json.dumps(var, indent=1)
        )
        return [{"role": "user", "content": [{"text": prompt}]}]

    def commentary(self, positions: pd.DataFrame, var: dict) -> str:
        response = self._runtime.converse(
            modelId=self.model_id,
            messages=self._messages(positions, var),
            system=[{"text": DESK_SYSTEM}],
            inferenceConfig={"maxTokens": 700, "temperature": 0.1},
        )
        usage = response.get("usage", {})
        log.debug("bedrock usage in=%s out=%s", usage.get("inputTokens"), usage.get("outputTokens"))
        return bedrock_text(response)

    async def commentary_tracked(self, positions: pd.DataFrame, var: dict, user=None) -> str:
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=self.model_id, feature_context="risk_call", user=user
        ) as usage_log:
            response = self._runtime.converse(
                modelId=self.model_id,
                messages=self._messages(positions, var),
                system=[{"text": DESK_SYSTEM}],
                inferenceConfig={"maxTokens": 700, "temperature": 0.1},
            )
            usage_log.input_tokens = response["usage"]["inputTokens"]
            usage_log.output_tokens = response["usage"]["outputTokens"]
        return bedrock_text(response)

    def input_size(self, positions: pd.DataFrame, var: dict) -> int:
        """Token count for the budget bar; Bedrock's CountTokens is not billed."""
        resp = self._runtime.count_tokens(
            modelId=self.model_id,
            input={"converse": {"messages": self._messages(positions, var)}},
        )
        return resp["inputTokens"]
