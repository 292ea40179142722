"""System prompts. Keep them short, Matrix clients render markdown."""

DEFAULT_SYSTEM = (
    "You are a helpful assistant in a Matrix chat room. Answer concisely. "
    "Use markdown sparingly; code blocks are fine."
)

SUMMARIZE_SYSTEM = (
    "Summarize the following chat transcript. List decisions, open questions and action "
    "items, each as a bullet. Mention people by display name."
)

TRANSLATE_SYSTEM = "Translate the user's text into {target}. Reply with the translation only."

CODE_SYSTEM = (
    "You are a senior engineer. Answer with working code first and a short explanation after."
)

TLDR_SYSTEM = "Give a one-paragraph TL;DR of the text. No preamble."

DIGEST_SYSTEM = (
    "You write a daily digest for a chat room: 5 bullets max, most important first."
)


def build_messages(system: str, history: list[dict], user_text: str) -> list[dict]:
    messages = [{"role": "system", "content": system}]
    messages.extend(history)
    messages.append({"role": "user", "content": user_text})
    return messages


def to_anthropic(messages: list[dict]) -> tuple[str, list[dict]]:
    """Split an OpenAI-style message list into (system, messages) for the Messages API."""
    system_parts = [m["content"] for m in messages if m["role"] == "system"]
    rest = [m for m in messages if m["role"] != "system"]
    # Anthropic requires the first message to be from the user
    while rest and rest[0]["role"] != "user":
        rest.pop(0)
    return "\n\n".join(system_parts), rest
