"""Quick review on save, written to the quickfix list."""
import json
import logging
from typing import Dict, List

log = logging.getLogger("ai_assist.review")

REVIEW_PROMPT = (
    "Review this {lang} file for bugs only (no style). Reply with JSON: "
    '{{"issues": [{{"line": <int>, "text": "<short>"}}]}}. Empty list if fine.'
)


def review_text(groq_client, model: str, lang: str, text: str) -> List[Dict]:
    completion = groq_client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": REVIEW_PROMPT.format(lang=lang)},
            {"role": "user", "content": text},
        ],
        response_format={"type": "json_object"},
        temperature=0.0,
    )
    try:
        return json.loads(completion.choices[0].message.content).get("issues", [])
    except (ValueError, AttributeError):
        log.warning("review returned non-JSON")
        return []


def to_quickfix(bufnr: int, issues: List[Dict]) -> List[Dict]:
    return [
        {"bufnr": bufnr, "lnum": int(i.get("line", 1)), "text": "[AI] " + str(i.get("text", "")), "type": "W"}
        for i in issues
    ]
