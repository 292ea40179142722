"""Chat orchestration used by the web widget."""
from __future__ import annotations

from dataclasses import dataclass

from app.clients import get_bedrock_runtime
from app.config import get_settings
from app.models import Conversation
from app.services import TaskComplexity, multi_model_service


@dataclass
class ChatTurn:
    reply: str
    model: str
    stop_reason: str | None = None


class ChatSession:
    """Holds a conversation; `.chat()` is our own method, not an SDK call."""

    def __init__(self, conversation: Conversation, runtime=None):
        self.conversation = conversation
        self.runtime = runtime or get_bedrock_runtime()
        self.model_id = get_settings().bedrock_model_id

    def _bedrock_messages(self):
        return [
            {"role": m.role, "content": [{"text": m.content}]}
            for m in self.conversation.messages
            if m.role in ("user", "assistant")
        ]

    def chat(self, user_text: str) -> ChatTurn:
        self.conversation.append("user", user_text)
        response = self.runtime.converse(
            modelId=self.model_id,
            messages=self._bedrock_messages(),
            system=[{"text": "You are Helix, a concise support assistant."}],
            inferenceConfig={"maxTokens": 512, "temperature": 0.3},
        )
        text = response["output"]["message"]["content"][0]["text"]
        self.conversation.append("assistant", text)
        return ChatTurn(reply=text, model=self.model_id, stop_reason=response.get("stopReason"))

    def stream(self, user_text: str):
        self.conversation.append("user", user_text)
        response = self.runtime.converse_stream(
            modelId=self.model_id,
            messages=self._bedrock_messages(),
            inferenceConfig={"maxTokens": 512},
        )
        parts = []
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {}).get("text")
            if delta:
                parts.append(delta)
                yield delta
        self.conversation.append("assistant", "".join(parts))


async def escalation_reply(conversation: Conversation) -> str:
    return await multi_model_service.generate_response(
        prompt=conversation.transcript(),
        task_type="chat",
        complexity=TaskComplexity.AGENTIC,
    )
