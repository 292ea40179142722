"""Agent-assist chat: the side panel where agents ask questions about the open ticket."""
import json
import logging
from typing import AsyncIterator, List, Optional

from openai import APIConnectionError, APIStatusError, AsyncAzureOpenAI

from app.schemas import Message

logger = logging.getLogger(__name__)

ASSIST_SYSTEM_PROMPT = """You help Acme support agents while they handle a ticket.
Answer from the ticket context and the agent's question. If unsure, say so. Keep answers short;
agents are reading this while on a call."""

SUGGESTIONS_PROMPT = """Suggest up to three short follow-up questions the agent could ask the
assistant next. Reply with a JSON object: {"suggestions": ["...", "..."]}."""


class AssistChatService:
    def __init__(self, client: AsyncAzureOpenAI, deployment: str, suggestions_deployment: str,
                 bedrock_client=None, fallback_model_id: Optional[str] = None) -> None:
        self._client = client
        self._deployment = deployment
        self._suggestions_deployment = suggestions_deployment
        self._bedrock = bedrock_client
        self._fallback_model_id = fallback_model_id

    @staticmethod
    def _build_messages(history: List[Message], question: str, ticket_context: str) -> List[dict]:
        msgs = [{"role": "system", "content": ASSIST_SYSTEM_PROMPT}]
        if ticket_context:
            msgs.append({"role": "system", "content": f"Ticket context:\n{ticket_context}"})
        msgs.extend({"role": m.role, "content": m.content} for m in history[-12:])
        msgs.append({"role": "user", "content": question})
        return msgs

    async def stream_answer(self, history: List[Message], question: str,
                            ticket_context: str = "") -> AsyncIterator[str]:
        messages = self._build_messages(history, question, ticket_context)
        try:
            stream = await self._client.chat.completions.create(
                model=self._deployment,
                messages=messages,
                temperature=0.2,
                stream=True,
                stream_options={"include_usage": True},
            )
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except (APIConnectionError, APIStatusError) as exc:
            if self._bedrock is None:
                raise
            logger.warning("azure chat failed (%s), falling back to bedrock", exc)
            for piece in self._fallback_stream(messages):
                yield piece

    def _fallback_stream(self, messages: List[dict]):
        system = [{"text": m["content"]} for m in messages if m["role"] == "system"]
        convo = [
            {"role": m["role"], "content": [{"text": m["content"]}]}
            for m in messages
            if m["role"] in ("user", "assistant")
        ]
        response = self._bedrock.converse_stream(
            modelId=self._fallback_model_id,
            system=system,
            messages=convo,
            inferenceConfig={"maxTokens": 800, "temperature": 0.2},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    async def suggest_followups(self, history: List[Message]) -> List[str]:
        if not history:
            return []
        fast = self._client.with_options(timeout=8.0, max_retries=0)
        resp = await fast.chat.completions.create(
            model=self._suggestions_deployment,
            messages=[
                {"role": "system", "content": SUGGESTIONS_PROMPT},
                *({"role": m.role, "content": m.content} for m in history[-6:]),
            ],
            response_format={"type": "json_object"},
            max_tokens=150,
        )
        try:
            data = json.loads(resp.choices[0].message.content or "{}")
            return [s for s in data.get("suggestions", []) if isinstance(s, str)][:3]
        except json.JSONDecodeError:
            logger.debug("suggestions were not valid JSON")
            return []
