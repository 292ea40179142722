"""Conversation handling for the chat panel and the /ask API endpoint."""
from __future__ import annotations

import asyncio

from ..constants import SYSTEM_PROMPT_CHAT
from ..llm import get_backend
from ..llm.multi_model_service import TaskComplexity, multi_model_service
from ..models import Conversation, ConversationMessage


def reply(conversation: Conversation, user_text: str, context: str = "") -> ConversationMessage:
    ConversationMessage.objects.create(conversation=conversation, role="user", content=user_text)
    backend = get_backend(conversation.provider)
    system = SYSTEM_PROMPT_CHAT + ("\n\nContext:\n" + context if context else "")
    completion = backend.complete(conversation.as_messages(), system=system)
    return ConversationMessage.objects.create(
        conversation=conversation,
        role="assistant",
        content=completion.text,
        input_tokens=completion.input_tokens,
        output_tokens=completion.output_tokens,
    )


def tracked_reply(conversation: Conversation, user_text: str, context: str = "") -> ConversationMessage:
    """New path (0.6+): goes through multi_model_service so usage is recorded."""
    ConversationMessage.objects.create(conversation=conversation, role="user", content=user_text)
    history = "\n".join(f"{m['role']}: {m['content']}" for m in conversation.as_messages())
    text = asyncio.run(
        multi_model_service.generate_response(
            prompt=history,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=SYSTEM_PROMPT_CHAT + ("\n\nContext:\n" + context if context else ""),
            provider=conversation.provider,
        )
    )
    return ConversationMessage.objects.create(conversation=conversation, role="assistant", content=text)


def quick_title(conversation: Conversation, first_question: str) -> str:
    completion = get_backend("openrouter").complete(
        [{"role": "user", "content": f"Give a 5-word title for: {first_question}"}],
        max_tokens=20,
    )
    conversation.title = completion.text.strip().strip('"')[:200]
    conversation.save()
    return conversation.title
