"""Prompt templates used by the backends.

Templates use ``str.format`` placeholders; keep them stable, the evaluation
script compares runs across template versions by ``PROMPT_VERSION``.
"""
from string import Template
from typing import Iterable

PROMPT_VERSION = "2024-09-r3"

NER_SYSTEM = (
    "You are an annotation assistant. Extract named entities from the user's text. "
    "Only use these labels: {labels}. Respond with JSON: "
    '{{"entities": [{{"text": str, "label": str, "start": int, "end": int}}]}}'
)

SENTIMENT_SYSTEM = (
    "Classify the sentiment of the text into exactly one of: {labels}. "
    "Answer with the label only, no punctuation."
)

SUMMARY_PROMPT = Template(
    "Summarize the following document in at most $max_sentences sentences. "
    "Keep names and numbers exact.\n\n<document>\n$text\n</document>"
)

CAPTION_PROMPT = (
    "Describe this image in one sentence for an image-captioning dataset. "
    "Then, on a new line, list which of these labels apply: {labels}."
)

CLASSIFY_PROMPT = (
    "Choose the best category for the text below from this list: {labels}.\n"
    "Text: {text}\nCategory:"
)

JUDGE_PROMPT = (
    "Two annotators labelled the same text. Text: {text}\n"
    "Annotation A: {a}\nAnnotation B: {b}\n"
    "Reply AGREE if they are equivalent, otherwise DISAGREE and one short reason."
)


def format_labels(labels: Iterable[str]) -> str:
    return ", ".join(sorted(set(labels)))


def ner_system_prompt(labels: Iterable[str]) -> str:
    return NER_SYSTEM.format(labels=format_labels(labels))


def sentiment_system_prompt(labels: Iterable[str]) -> str:
    return SENTIMENT_SYSTEM.format(labels=format_labels(labels))


def summary_prompt(text: str, max_sentences: int = 3) -> str:
    return SUMMARY_PROMPT.substitute(text=text, max_sentences=max_sentences)


def classify_prompt(text: str, labels: Iterable[str]) -> str:
    return CLASSIFY_PROMPT.format(labels=format_labels(labels), text=text)
