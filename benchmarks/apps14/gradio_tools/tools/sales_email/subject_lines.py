from __future__ import annotations

from typing import List

from common.clients import get_openai
from common.prompts import SUBJECT_LINES


def suggest_subject_lines(body: str, n: int = 3) -> List[str]:
    completion = get_openai().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": SUBJECT_LINES.format(body=body)}],
        n=n,
        temperature=1.0,
        max_tokens=24,
    )
    seen, lines = set(), []
    for choice in completion.choices:
        line = (choice.message.content or "").strip().strip('"')
        if line and line.lower() not in seen:
            seen.add(line.lower())
            lines.append(line)
    return lines
