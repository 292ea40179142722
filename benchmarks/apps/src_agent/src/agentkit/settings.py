import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    openai_model: str = os.environ.get("AGENTKIT_OPENAI_MODEL", "gpt-4.1-mini")
    claude_model: str = os.environ.get("AGENTKIT_CLAUDE_MODEL", "claude-sonnet-4-5")
    bedrock_model: str = os.environ.get("AGENTKIT_BEDROCK_MODEL", "anthropic.claude-3-5-haiku-20241022-v1:0")
    aws_region: str = os.environ.get("AWS_REGION", "us-east-1")
    slack_token: str = os.environ.get("SLACK_BOT_TOKEN", "")


settings = Settings()
