"""Prompt templates shared by workers and skills."""

SYSTEM_EDITOR = (
    "You are a careful copy editor. Preserve the author's voice. "
    "Return only the edited text, no commentary."
)

REWRITE = "Rewrite the following passage to be {tone}:\n\n{text}"
SUMMARIZE = "Summarize the following text in {sentences} sentences:\n\n{text}"
OUTLINE = (
    "Produce a hierarchical outline (markdown bullets, max depth 3) "
    "for the following draft:\n\n{text}"
)
CONTINUE = "Continue this text naturally for about {words} words:\n\n{text}"


def chat_messages(user: str, system: str = SYSTEM_EDITOR) -> list[dict]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]
