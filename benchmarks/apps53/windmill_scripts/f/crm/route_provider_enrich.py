"""Enrichment step where the flow chooses the provider (A/B test INFRA-377)."""
import json

from f.common.llm import client_for, DEFAULT_ANTHROPIC_MODEL, DEFAULT_GROQ_MODEL, DEFAULT_OPENAI_MODEL
from f.common.prompts import ENRICH_SYSTEM

MODELS = {
    "openai": DEFAULT_OPENAI_MODEL,
    "groq": DEFAULT_GROQ_MODEL,
    "anthropic": DEFAULT_ANTHROPIC_MODEL,
}


def main(record: dict, provider: str = "openai"):
    client = client_for(provider)
    model = MODELS[provider]
    text = json.dumps(record)
    if provider == "anthropic":
        msg = client.messages.create(
            model=model, max_tokens=600, system=ENRICH_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        raw = msg.content[0].text
    else:
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": ENRICH_SYSTEM},
                      {"role": "user", "content": text}],
        )
        raw = resp.choices[0].message.content
    try:
        return {"provider": provider, "data": json.loads(raw)}
    except json.JSONDecodeError:
        return {"provider": provider, "data": None, "raw": raw}
