"""`sh? <command>` - explain a shell command.

Groq is the default here: answers show up while the user is still looking at
the launcher. The JSON mode lets us render one result row per token.
"""
from __future__ import annotations

import json
import logging
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import List, Optional

from groq import Groq
from openai import OpenAI
from pydantic import BaseModel

from .prompts import SHELL_SYSTEM

log = logging.getLogger(__name__)

DANGEROUS_PATTERNS = ("rm -rf /", "mkfs", "dd if=", ":(){", "chmod -R 777 /", "> /dev/sd")


@dataclass
class Explanation:
    summary: str
    parts: List[dict] = field(default_factory=list)
    dangerous: bool = False


class ExplanationModel(BaseModel):
    summary: str
    parts: List[dict]
    dangerous: bool


def looks_dangerous(command: str) -> bool:
    return any(p in command for p in DANGEROUS_PATTERNS)


def man_summary(command: str) -> Optional[str]:
    """First line of `whatis` for the program, no network."""
    try:
        prog = shlex.split(command)[0]
    except (ValueError, IndexError):
        return None
    if not shutil.which("whatis"):
        return None
    out = subprocess.run(["whatis", prog], capture_output=True, text=True, timeout=2)
    return out.stdout.splitlines()[0] if out.returncode == 0 and out.stdout else None


def explain_with_groq(client: Groq, command: str, model: str = "llama-3.3-70b-versatile") -> Explanation:
    resp = client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": SHELL_SYSTEM},
            {"role": "user", "content": command},
        ],
        temperature=0,
    )
    try:
        data = json.loads(resp.choices[0].message.content or "{}")
    except ValueError:
        return Explanation(summary=resp.choices[0].message.content or "")
    expl = Explanation(
        summary=data.get("summary", ""),
        parts=data.get("parts", []),
        dangerous=bool(data.get("dangerous")) or looks_dangerous(command),
    )
    return expl


def explain_with_openai(api_key: str, command: str) -> Explanation:
    # structured outputs; created ad hoc because this path is rarely used
    client = OpenAI(api_key=api_key)
    completion = client.beta.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SHELL_SYSTEM},
            {"role": "user", "content": command},
        ],
        response_format=ExplanationModel,
    )
    parsed = completion.choices[0].message.parsed
    return Explanation(summary=parsed.summary, parts=parsed.parts,
                       dangerous=parsed.dangerous or looks_dangerous(command))


def explain(command: str, groq_key: str = "", openai_key: str = "") -> Explanation:
    if groq_key:
        return explain_with_groq(Groq(api_key=groq_key), command)
    if openai_key:
        return explain_with_openai(openai_key, command)
    summary = man_summary(command) or "No API key configured; showing whatis output only."
    return Explanation(summary=summary, dangerous=looks_dangerous(command))
