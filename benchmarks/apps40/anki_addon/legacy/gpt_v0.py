"""Original 0.1 implementation (openai<1.0).  Still used by the
"classic mode" toggle; do not add features here."""
import openai

from ..core.config import get

openai.api_key = get("openai_api_key")

SYSTEM = "You write Anki flashcards."


def ask(prompt, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        temperature=0.5,
    )
    return response["choices"][0]["message"]["content"]


def complete_back(front):
    return ask("Answer this flashcard concisely: " + front)


def embed(text):
    result = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return result["data"][0]["embedding"]
