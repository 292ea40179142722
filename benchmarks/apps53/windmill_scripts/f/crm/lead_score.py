# requirements:
# groq
import json

import wmill

from f.common.llm import get_groq_client
from f.common.retry import with_retry

SCORING_PROMPT = """Score this inbound lead 0-100 for fit with a B2B SaaS selling to
mid-market operations teams. Return JSON {{"score": int, "reasons": [str]}}.

Lead:
{lead}"""


TITLE_WEIGHTS = {
    "vp": 15, "head": 12, "director": 10, "manager": 5, "coo": 20, "cto": 8,
    "operations": 10, "supply chain": 10, "logistics": 8, "intern": -20, "student": -25,
}


def rule_score(lead: dict) -> int:
    title = (lead.get("jobtitle") or "").lower()
    score = sum(w for k, w in TITLE_WEIGHTS.items() if k in title)
    size = lead.get("employees") or 0
    if 200 <= size <= 2000:
        score += 20
    elif size > 2000:
        score += 10
    if lead.get("country") in {"US", "CA", "DE", "FR", "NL", "GB", "SE"}:
        score += 5
    return max(0, min(100, score))


def main(lead: dict, model: str = "llama-3.3-70b-versatile", rules_only: bool = False):
    baseline = rule_score(lead)
    if rules_only or baseline == 0:
        return {"score": baseline, "reasons": ["rules"], "running_avg": None}
    client = get_groq_client()
    resp = with_retry(
        client.chat.completions.create,
        model=model,
        temperature=0,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": SCORING_PROMPT.format(lead=json.dumps(lead))}],
    )
    data = json.loads(resp.choices[0].message.content)
    data["score"] = round(0.7 * data.get("score", 0) + 0.3 * baseline)
    scores = wmill.get_state() or {"n": 0, "sum": 0}
    scores["n"] += 1
    scores["sum"] += data.get("score", 0)
    wmill.set_state(scores)
    data["running_avg"] = scores["sum"] / scores["n"]
    return data
