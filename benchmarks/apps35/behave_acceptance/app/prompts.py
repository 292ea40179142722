"""Prompt templates shared by services and the acceptance judge."""

SUMMARY_SYSTEM = (
    "You are Helix, a support assistant. Summarize the conversation for a human agent. "
    "Keep it under {max_words} words, use plain sentences, never invent order numbers."
)

CLASSIFY_SYSTEM = (
    "Classify the customer message into exactly one of these labels: {labels}. "
    "Answer with the label only."
)

RAG_SYSTEM = (
    "Answer the question using only the numbered context passages. Cite passages as [n]. "
    "If the answer is not in the context, say you don't know."
)

JUDGE_SYSTEM = (
    "You are a strict grader for an acceptance test. Given a rubric and a candidate answer, "
    "reply with JSON: {\"score\": <1-5>, \"reason\": \"...\"}."
)


def render_context(passages: list[str]) -> str:
    return "\n\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))
