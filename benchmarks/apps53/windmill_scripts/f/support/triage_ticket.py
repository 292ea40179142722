# requirements:
# groq
import json

import wmill
from groq import Groq

from f.common.prompts import TRIAGE_SYSTEM
from f.common.resources import groq as GroqResource

CATEGORIES = {"billing", "bug", "how_to", "account", "feature_request", "spam"}


KEYWORD_RULES = {
    "billing": ("invoice", "refund", "charged", "payment", "credit card", "vat"),
    "account": ("password", "2fa", "locked out", "sso", "delete my account"),
    "spam": ("crypto", "seo services", "backlinks", "casino"),
}


def keyword_category(subject: str, body: str):
    text = f"{subject} {body}".lower()
    hits = {cat: sum(kw in text for kw in kws) for cat, kws in KEYWORD_RULES.items()}
    best = max(hits, key=hits.get)
    return best if hits[best] >= 2 else None


def _parse(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return {"category": "other", "urgency": 3, "raw": raw}
    if data.get("category") not in CATEGORIES:
        data["category"] = "other"
    data["urgency"] = max(1, min(5, int(data.get("urgency", 3))))
    return data


def main(subject: str, body: str, groq_res: GroqResource, model: str = "llama-3.3-70b-versatile",
         use_rules: bool = True):
    if use_rules:
        cat = keyword_category(subject, body)
        if cat:
            return {"category": cat, "urgency": 3, "source": "rules"}
    client = Groq(api_key=groq_res["api_key"])
    resp = client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        temperature=0,
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": f"Subject: {subject}\n\n{body[:6000]}"},
        ],
    )
    result = _parse(resp.choices[0].message.content)

    # keep a rolling count per category for the weekly report
    state = wmill.get_state() or {}
    state[result["category"]] = state.get(result["category"], 0) + 1
    wmill.set_state(state)
    return result
