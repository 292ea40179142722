"""PII redaction: regexes first, then a local model pass for names/addresses."""
import os
import re

import ollama

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
CARD = re.compile(r"\b(?:\d[ -]*?){13,16}\b")

LOCAL_MODEL = os.environ.get("LOCAL_MODEL", "llama3.1:8b")


def regex_redact(text):
    text = EMAIL.sub("[EMAIL]", text)
    text = CARD.sub("[CARD]", text)
    return PHONE.sub("[PHONE]", text)


def redact(text):
    first_pass = regex_redact(text)
    resp = ollama.chat(
        model=LOCAL_MODEL,
        messages=[
            {
                "role": "system",
                "content": "Replace every person name and street address with [NAME] / [ADDRESS]. "
                "Return the text only.",
            },
            {"role": "user", "content": first_pass},
        ],
        options={"temperature": 0},
    )
    return resp["message"]["content"]
