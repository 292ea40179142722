# requirements:
# groq
import functools
import os

from groq import Groq

_client = Groq(api_key=os.environ.get("GROQ_API_KEY"))

_fast_completion = functools.partial(
    _client.chat.completions.create,
    model="llama-3.1-8b-instant",
    temperature=0.9,
    max_tokens=60,
)


SPAMMY = ("free", "guarantee", "act now", "limited time", "winner", "!!!")


def score_subject(line: str) -> float:
    words = line.split()
    score = 1.0
    if not 3 <= len(words) <= 8:
        score -= 0.3
    if any(w.isupper() and len(w) > 3 for w in words):
        score -= 0.3
    if any(s in line.lower() for s in SPAMMY):
        score -= 0.5
    if sum(line.count(c) for c in "!?") > 1:
        score -= 0.2
    return round(max(score, 0.0), 2)


def main(email_body: str, variants: int = 3):
    lines = []
    for i in range(variants):
        resp = _fast_completion(messages=[
            {"role": "system", "content": "Return one email subject line, max 8 words."},
            {"role": "user", "content": f"Variant {i + 1}:\n{email_body[:3000]}"},
        ])
        lines.append(resp.choices[0].message.content.strip().strip('"'))
    ranked = sorted(lines, key=score_subject, reverse=True)
    return {"variants": ranked, "scores": [score_subject(x) for x in ranked]}
