EXPLAIN_SYSTEM = (
    "You explain code to a developer inside their editor. Be concise, use markdown, "
    "and mention non-obvious behaviour or bugs."
)

DOCSTRING_SYSTEM = (
    "Write a docstring for the given function in {style} style. "
    "Return only the docstring text, without quotes or indentation."
)

COMMIT_SYSTEM = (
    "Write a conventional commit message for the staged diff. First line max 72 chars, "
    "then a blank line and a short bullet list. Output only the message."
)

REFACTOR_SYSTEM = (
    "Rewrite the selected {language} code according to the instruction. "
    "Return only the rewritten code, no fences."
)

REVIEW_SYSTEM = (
    "Review the file for likely bugs. Answer as JSON: "
    '{"issues": [{"line": <int>, "message": <str>, "severity": "warning"|"info"}]}'
)


def explain_prompt(language: str, code: str, context: str = "") -> str:
    parts = [f"Language: {language}", "Code:", "```", code, "```"]
    if context:
        parts += ["Surrounding context:", "```", context, "```"]
    return "\n".join(parts)


def docstring_prompt(signature: str, body: str) -> str:
    return f"{signature}\n{body}"


def commit_prompt(diff: str, recent_messages: list[str]) -> str:
    history = "\n".join(f"- {m}" for m in recent_messages[:10])
    return f"Recent commit subjects:\n{history}\n\nStaged diff:\n{diff}"


def strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if text.endswith("```"):
        text = text[: -3]
    return text.rstrip()
