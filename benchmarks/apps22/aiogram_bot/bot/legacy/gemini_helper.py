"""google-generativeai helpers from before we moved to google-genai.

TODO(lena): port `explain_idiom` to bot.clients.get_genai() and delete this file.
"""
from __future__ import annotations

import os

import google.generativeai as genai

genai.configure(api_key=os.environ.get("GEMINI_API_KEY"))

_model = genai.GenerativeModel(
    "gemini-1.5-flash",
    system_instruction="You explain idioms to language learners with examples.",
)


async def explain_idiom(idiom: str, language: str) -> str:
    response = await _model.generate_content_async(
        f"Explain the {language} idiom '{idiom}': literal meaning, real meaning, two examples."
    )
    return response.text


def embed_sentence(sentence: str) -> list[float]:
    result = genai.embed_content(model="models/text-embedding-004", content=sentence, task_type="semantic_similarity")
    return result["embedding"]


def count_prompt_tokens(text: str) -> int:
    return _model.count_tokens(text).total_tokens
