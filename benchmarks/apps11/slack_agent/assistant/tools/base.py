"""Tool plugin base classes.

A tool is a class with a JSON schema and a ``run`` coroutine. The agent loops turn the
schema into the provider's tool format (Anthropic ``input_schema`` / OpenAI function
``parameters``) so each tool only describes itself once.
"""
from __future__ import annotations

import abc
import logging
from dataclasses import dataclass, field
from typing import Any, ClassVar, Dict, Optional

from assistant.llm import clients

log = logging.getLogger(__name__)


@dataclass
class ToolContext:
    """Per-invocation context handed to tools."""

    slack_user: str
    channel: str
    thread_ts: Optional[str] = None
    team_id: Optional[str] = None
    extras: Dict[str, Any] = field(default_factory=dict)

    # Tools reach providers through the context so they don't each build their own clients.
    @property
    def openai(self):
        return clients.openai_client()

    @property
    def groq(self):
        return clients.groq_client()

    @property
    def mistral(self):
        return clients.mistral_client()

    @property
    def ollama(self):
        return clients.ollama_client()


@dataclass
class ToolResult:
    content: str
    is_error: bool = False
    attachments: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def error(cls, message: str) -> "ToolResult":
        return cls(content=message, is_error=True)


class Tool(abc.ABC):
    name: ClassVar[str]
    description: ClassVar[str]
    input_schema: ClassVar[Dict[str, Any]] = {"type": "object", "properties": {}}
    # Tools that post files or call paid APIs can be switched off per workspace.
    requires_opt_in: ClassVar[bool] = False

    @abc.abstractmethod
    async def run(self, ctx: ToolContext, **kwargs: Any) -> ToolResult:
        raise NotImplementedError

    def anthropic_spec(self) -> Dict[str, Any]:
        return {"name": self.name, "description": self.description, "input_schema": self.input_schema}

    def openai_spec(self) -> Dict[str, Any]:
        return {
            "type": "function",
            "name": self.name,
            "description": self.description,
            "parameters": self.input_schema,
        }

    def __repr__(self) -> str:
        return f"<Tool {self.name}>"
