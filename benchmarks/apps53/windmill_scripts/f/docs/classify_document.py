# requirements:
# openai>=1.66
import json
import re
from typing import Literal, Optional

import wmill

from f.common.llm import get_openai_client
from f.common.prompts import CLASSIFY_SYSTEM

Label = Literal["invoice", "contract", "nda", "purchase_order", "resume", "bank_statement", "other"]


FILENAME_HINTS = [
    (re.compile(r"\b(inv|invoice|rechnung|factura)[-_ ]?\d*", re.I), "invoice"),
    (re.compile(r"\bnda\b|non[-_ ]disclosure", re.I), "nda"),
    (re.compile(r"\b(po|purchase[-_ ]order)[-_ ]?\d+", re.I), "purchase_order"),
    (re.compile(r"\b(cv|resume|lebenslauf)\b", re.I), "resume"),
    (re.compile(r"statement|kontoauszug", re.I), "bank_statement"),
    (re.compile(r"\b(msa|sow|agreement|contract|vertrag)\b", re.I), "contract"),
]


def guess_from_filename(s3_key: str) -> Optional[str]:
    """Cheap pre-classifier; saves a model call for ~40% of uploads."""
    name = s3_key.rsplit("/", 1)[-1]
    for pattern, label in FILENAME_HINTS:
        if pattern.search(name):
            return label
    return None


def record_label(s3_key: str, label: str, source: str) -> None:
    state = wmill.get_state() or {"counts": {}, "sources": {}}
    state["counts"][label] = state["counts"].get(label, 0) + 1
    state["sources"][source] = state["sources"].get(source, 0) + 1
    state["last"] = s3_key
    wmill.set_state(state)


def upload_pdf(client, s3_key: str):
    data = wmill.load_s3_file(wmill.S3Object(s3=s3_key))
    return client.files.create(file=(s3_key.rsplit("/", 1)[-1], data), purpose="user_data")


def main(s3_key: str, delete_after: bool = True, trust_filename: bool = True) -> dict:
    if trust_filename:
        guessed = guess_from_filename(s3_key)
        if guessed:
            record_label(s3_key, guessed, "filename")
            return {"s3_key": s3_key, "label": guessed, "confidence": None, "source": "filename"}

    client = get_openai_client()
    uploaded = upload_pdf(client, s3_key)
    try:
        response = client.responses.create(
            model="gpt-4.1-mini",
            instructions=CLASSIFY_SYSTEM + '\nReturn JSON {"label": ..., "confidence": 0-1}.',
            input=[{
                "role": "user",
                "content": [
                    {"type": "input_file", "file_id": uploaded.id},
                    {"type": "input_text", "text": "Classify this document."},
                ],
            }],
        )
        result = json.loads(response.output_text)
    finally:
        if delete_after:
            client.files.delete(uploaded.id)
    label: Label = result.get("label", "other")
    record_label(s3_key, label, "model")
    return {"s3_key": s3_key, "label": label, "confidence": result.get("confidence"),
            "source": "model"}
