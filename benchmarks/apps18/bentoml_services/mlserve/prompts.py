"""Prompt templates. Kept as plain strings so the eval jobs can diff them."""

from __future__ import annotations

SUMMARY_SYSTEM = (
    "You are a precise summarization engine for internal documents. "
    "Never invent facts that are not in the source."
)

STYLE_INSTRUCTIONS = {
    "bullets": "Write at most {max_words} words as a bulleted list of key points.",
    "paragraph": "Write one paragraph of at most {max_words} words.",
    "tldr": "Write a single-sentence TL;DR of at most {max_words} words.",
}

ANSWER_SYSTEM = (
    "Answer the user's question using only the numbered context passages. "
    "Cite passages as [n]. If the answer is not in the context, say so."
)

GUARDIAN_TEMPLATE = (
    "<|start_of_role|>user<|end_of_role|>{text}<|end_of_text|>\n"
    "<|start_of_role|>assistant<|end_of_role|>"
)


def summary_prompt(text: str, style: str, max_words: int) -> str:
    instruction = STYLE_INSTRUCTIONS[style].format(max_words=max_words)
    return f"{instruction}\n\n---\n{text}\n---"


def answer_prompt(question: str, passages: list[str]) -> str:
    ctx = "\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))
    return f"Context:\n{ctx}\n\nQuestion: {question}"
