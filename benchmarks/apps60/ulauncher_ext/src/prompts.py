"""Prompt templates shared by the features."""

ASK_SYSTEM = (
    "You are a concise desktop assistant inside an application launcher. "
    "Answer in at most three short sentences. No markdown headings."
)

REWRITE_STYLES = {
    "fix": "Fix grammar and spelling. Keep the wording otherwise unchanged.",
    "formal": "Rewrite the text in a formal, professional tone.",
    "casual": "Rewrite the text in a relaxed, friendly tone.",
    "short": "Rewrite the text to be as short as possible while keeping the meaning.",
    "bullets": "Turn the text into a short bullet list.",
}

TRANSLATE_SYSTEM = (
    "You are a translation engine. Translate the user's text into {language}. "
    "Reply with the translation only."
)

SHELL_SYSTEM = (
    "You explain shell commands for Linux users. Reply with JSON: "
    '{"summary": str, "parts": [{"token": str, "meaning": str}], "dangerous": bool}'
)

SUMMARY_SYSTEM = "Summarise the clipboard text in two sentences."


def rewrite_prompt(style: str, text: str) -> str:
    instruction = REWRITE_STYLES.get(style, REWRITE_STYLES["fix"])
    return f"{instruction}\n\n---\n{text}"


def translate_system(language: str) -> str:
    return TRANSLATE_SYSTEM.format(language=language)
