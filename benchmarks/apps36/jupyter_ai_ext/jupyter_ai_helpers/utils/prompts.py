"""Prompt text and small templating helpers."""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Dict, List

CHAT_SYSTEM = (
    "You are an assistant embedded in JupyterLab. Answer concisely. When you "
    "show code, use Python unless the user asks otherwise."
)
EXPLAIN_SYSTEM = "You explain notebook cells to data scientists. Be precise and brief."
FIX_SYSTEM = "You fix Python errors in notebook cells. Only change what is necessary."
COMPLETION_SYSTEM = (
    "Complete the code at <CURSOR>. Reply with the inserted text only, no fences."
)
ASK_SYSTEM = "You answer questions inside a Jupyter notebook. Markdown is rendered."


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    template: string.Template

    @classmethod
    def create(cls, name: str, text: str) -> "PromptTemplate":
        # str.format style in source, converted to $-style to allow braces in code
        converted = text.replace("{", "${")
        return cls(name=name, template=string.Template(converted))

    def render(self, **values) -> str:
        return self.template.safe_substitute(**values)


_REGISTRY: Dict[str, PromptTemplate] = {}


def register(name: str, text: str) -> PromptTemplate:
    tpl = PromptTemplate.create(name, text)
    _REGISTRY[name] = tpl
    return tpl


def get(name: str) -> PromptTemplate:
    return _REGISTRY[name]


def build_chat_messages(history: List[dict], question: str, context: str = "") -> List[dict]:
    messages = [
        {"role": m["role"], "content": m["content"]}
        for m in history[-20:]
        if m.get("role") in ("user", "assistant")
    ]
    if context:
        question = f"Notebook context:\n{context}\n\nQuestion: {question}"
    messages.append({"role": "user", "content": question})
    return messages


def completion_prompt(prefix: str, suffix: str) -> str:
    return f"{prefix[-4000:]}<CURSOR>{suffix[:1000]}"


register("ask", "{question}\n\nVariables in scope: {variables}")
register("df_summary", "Describe this dataframe for an analyst:\n\n{schema}\n\nSample:\n{sample}")
