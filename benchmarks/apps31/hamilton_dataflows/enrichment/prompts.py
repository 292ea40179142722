"""Prompt templates shared by the dataflows.

Keep these plain strings: the eval dataflow diffs them between runs.
"""

SUMMARY_SYSTEM = (
    "You are a careful technical editor. Summarise the document for a search "
    "result card. Use at most {max_words} words. Do not invent facts."
)

SUMMARY_USER = "Title: {title}\n\n{body}"

ENTITY_SYSTEM = (
    "Extract named entities from the text. Return JSON with keys "
    "'people', 'organizations', 'locations', 'products'. Each value is a list of strings."
)

CLASSIFY_TEMPLATE = (
    "Classify the following document along the axis '{axis}'.\n"
    "Allowed labels: {labels}.\n"
    "Answer with exactly one label and nothing else.\n\n---\n{text}\n---"
)

TRANSLATE_TEMPLATE = (
    "Translate the following text into {target_lang}. Preserve markdown formatting.\n\n{text}"
)

KEYWORDS_TEMPLATE = "List up to {k} search keywords for this text, comma separated:\n\n{text}"

JUDGE_SYSTEM = (
    "You grade summaries. Score faithfulness and coverage from 1 to 5. "
    'Reply in JSON: {"faithfulness": int, "coverage": int, "reason": str}.'
)

JUDGE_USER = "DOCUMENT:\n{document}\n\nSUMMARY:\n{summary}"

CAPTION_PROMPT = "Describe this figure in one sentence for a screen reader."


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
