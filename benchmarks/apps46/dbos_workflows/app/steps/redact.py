from __future__ import annotations

import json
import re

from dbos import DBOS

from app.config import settings
from app.llm.bedrock import invoke_titan
from app.llm.clients import get_bedrock_runtime
from app.llm.prompts import REDACT

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def regex_redact(text: str) -> str:
    return PHONE.sub("[REDACTED]", EMAIL.sub("[REDACTED]", text))


@DBOS.step()
def redact_pii(text: str, strict: bool = False) -> str:
    text = regex_redact(text)
    if not strict:
        return invoke_titan(REDACT.format(text=text), settings.redact_model_id, max_tokens=4096)
    # strict mode uses Claude on Bedrock via the native messages body
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 4096,
        "messages": [{"role": "user", "content": REDACT.format(text=text)}],
    }
    resp = get_bedrock_runtime().invoke_model(modelId=settings.review_model_id, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]
