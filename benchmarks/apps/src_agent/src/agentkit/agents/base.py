"""Base class for all agents: owns the clients and the conversation memory."""
from __future__ import annotations

import anthropic
import boto3
from openai import OpenAI

from agentkit.settings import settings


class BaseAgent:
    name = "base"
    bedrock = boto3.client("bedrock-runtime", region_name=settings.aws_region)

    def __init__(self, system_prompt: str = "") -> None:
        self.system_prompt = system_prompt
        self.memory: list[dict] = []
        self.client = OpenAI()
        self.claude = anthropic.Anthropic()

    def remember(self, role: str, content: str) -> None:
        self.memory.append({"role": role, "content": content})

    def run(self, task: str) -> str:
        raise NotImplementedError
