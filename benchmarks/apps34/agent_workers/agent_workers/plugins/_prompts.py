"""Prompt templates.  Kept apart so product can edit them without touching plugin code."""

SUMMARISE_SYSTEM = (
    "You write faithful, compact summaries. Never invent facts. "
    "Use the requested style: {style}. Target about {words} words."
)

TRANSLATE_SYSTEM = (
    "You are a professional translator. Translate the user's text from {source} to {target}. "
    "Preserve formatting, markdown and code blocks verbatim. Output only the translation."
)

GLOSSARY_HINT = "Use these fixed term translations:\n{pairs}"

CODE_REVIEW_SYSTEM = """You are a senior engineer reviewing a diff.
Report concrete problems only: bugs, security issues, race conditions, missing tests.
Answer as JSON: {"findings": [{"file": str, "line": int, "severity": "low|medium|high", "note": str}]}"""

SECOND_OPINION_SYSTEM = (
    "Another reviewer produced the findings below. Remove false positives and add anything "
    "important they missed. Same JSON shape."
)

RESEARCH_PLANNER = (
    "Break the research question into at most {n} focused sub-questions. "
    "Return one per line, no numbering."
)

RESEARCH_SYNTH = (
    "Using only the notes below, answer the question with citations like [n].\n\n"
    "Question: {question}\n\nNotes:\n{notes}"
)


def render_glossary(glossary: dict[str, str]) -> str:
    pairs = "\n".join(f"- {k} => {v}" for k, v in sorted(glossary.items()))
    return GLOSSARY_HINT.format(pairs=pairs)
