"""'Ask the meeting' chat: Gemini chat session seeded with the transcript."""
from __future__ import annotations

from typing import Dict, Iterator, List

from google.genai import types

from common.clients import get_genai
from common.settings import get_settings

SYSTEM = ("You answer questions about a meeting using only its transcript and notes. "
          "Cite timestamps like [12:34] when you can.")


def _history(messages: List[Dict]) -> List[types.Content]:
    out = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        out.append(types.Content(role=role, parts=[types.Part(text=m["content"])]))
    return out


def stream_answer(transcript: str, question: str, history: List[Dict]) -> Iterator[str]:
    chat = get_genai().chats.create(
        model=get_settings().meeting_chat_model,
        config=types.GenerateContentConfig(
            system_instruction=f"{SYSTEM}\n\nTRANSCRIPT:\n{transcript}",
            temperature=0.3,
        ),
        history=_history(history),
    )
    answer = ""
    for chunk in chat.send_message_stream(question):
        if chunk.text:
            answer += chunk.text
            yield answer
