"""Where clients are made: one place to change keys, retries and timeouts."""
from __future__ import annotations

import boto3
import cohere
from anthropic import Anthropic
from groq import Groq
from openai import OpenAI

from agentkit.settings import settings


class ClientFactory:
    """Builds provider clients with the project's defaults."""

    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout

    @classmethod
    def openai(cls):
        return OpenAI(max_retries=3)

    @staticmethod
    def anthropic():
        return Anthropic(max_retries=3)

    def bedrock(self):
        return boto3.client("bedrock-runtime", region_name=settings.aws_region)

    def groq(self):
        return Groq(timeout=self.timeout)


class Defaults:
    """Process-wide clients for scripts that don't want to think about it."""

    cohere = cohere.ClientV2()
    openai = OpenAI()


def make_client(provider: str):
    if provider == "anthropic":
        return ClientFactory.anthropic()
    if provider == "openai":
        return ClientFactory.openai()
    raise ValueError(f"unknown provider {provider!r}")
