"""Gemini helpers from the 2024 pilot (clause Q&A in the old sidebar)."""
import os

from google import genai

_client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
_chats = {}


def clause_chat(session_id, question, model="gemini-2.0-flash"):
    chat = _chats.get(session_id)
    if chat is None:
        chat = _client.chats.create(model=model)
        _chats[session_id] = chat
    return chat.send_message(question).text


def one_shot(prompt, model="gemini-2.0-flash"):
    return _client.models.generate_content(model=model, contents=prompt).text
