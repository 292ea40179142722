"""AWS Bedrock provider (Converse API)."""
from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from docflow.config import settings

from .base import Completion, LLMProvider, register
from .retry import with_retry

logger = logging.getLogger(__name__)


@register("bedrock")
class BedrockProvider(LLMProvider):
    default_model = settings.bedrock_model_id

    @cached_property
    def session(self) -> boto3.Session:
        return boto3.Session(region_name=settings.aws_region, profile_name=settings.aws_profile)

    @cached_property
    def client(self) -> Any:
        return self.session.client(
            "bedrock-runtime",
            config=Config(
                read_timeout=int(settings.llm_timeout_seconds),
                retries={"max_attempts": 2, "mode": "adaptive"},
            ),
        )

    @with_retry(attempts=3, retry_on=(ClientError,))
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        request: dict[str, Any] = {
            "modelId": kwargs.pop("model", self.model),
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": kwargs.pop("temperature", 0.2)},
        }
        if system:
            request["system"] = [{"text": system}]
        response = self.client.converse(**request)
        blocks = response["output"]["message"]["content"]
        usage = response.get("usage", {})
        return Completion(
            text="".join(block.get("text", "") for block in blocks),
            model=request["modelId"],
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            raw=response,
        )
