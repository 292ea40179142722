"""Helpers meant to be called from notebook code, e.g.::

    from jupyter_ai_helpers.kernel import describe_dataframe
    describe_dataframe(df)

They run in the kernel process and use synchronous clients.
"""
from __future__ import annotations

import json
import os

import ollama
from openai import OpenAI

from .. import config as cfg
from ..providers.factory import get_openrouter_client, make_google_client
from ..utils.prompts import get as get_prompt


def _schema(df) -> str:
    return "\n".join(f"- {col}: {dtype}" for col, dtype in df.dtypes.astype(str).items())


def describe_dataframe(df, provider: str = None, sample_rows: int = 5) -> str:
    """Plain-language description of a pandas DataFrame."""
    provider = provider or cfg.env_provider("ollama")
    prompt = get_prompt("df_summary").render(
        schema=_schema(df), sample=df.head(sample_rows).to_markdown()
    )
    if provider == "ollama":
        # Local model through the module-level default client.
        resp = ollama.chat(
            model=cfg.DEFAULT_MODELS["ollama"],
            messages=[{"role": "user", "content": prompt}],
        )
        return resp["message"]["content"]
    if provider == "openrouter":
        client = get_openrouter_client()
        completion = client.chat.completions.create(
            model=cfg.DEFAULT_MODELS["openrouter"],
            messages=[{"role": "user", "content": prompt}],
        )
        return completion.choices[0].message.content
    if provider == "google":
        gclient = make_google_client()
        return gclient.models.generate_content(
            model=cfg.DEFAULT_MODELS["google"], contents=prompt
        ).text
    client = OpenAI()
    resp = client.responses.create(model=cfg.DEFAULT_MODELS["openai"], input=prompt)
    return resp.output_text


def suggest_plot(df, question: str) -> dict:
    """Ask for a plotting spec (JSON) for ``question`` about ``df``."""
    client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {
                "role": "system",
                "content": 'Reply with JSON: {"kind": ..., "x": ..., "y": ..., "hue": ...}',
            },
            {"role": "user", "content": f"Columns:\n{_schema(df)}\n\nQuestion: {question}"},
        ],
    )
    return json.loads(completion.choices[0].message.content)


def translate_cell(source: str, target_language: str = "R") -> str:
    """Translate Python cell source to another language with a local model."""
    local = ollama.Client(host=cfg.OLLAMA_HOST)
    out = local.generate(
        model="qwen2.5-coder:7b",
        prompt=f"Translate this Python to {target_language}. Code only.\n\n{source}",
        options={"temperature": 0},
    )
    return out["response"]


def list_local_models():
    return [m["model"] for m in ollama.list()["models"]]


class NotebookChat:
    """Multi-turn chat usable from a cell::

        chat = NotebookChat()
        chat("why is my merge producing duplicates?")
    """

    def __init__(self, model: str = None, stream: bool = True):
        from ..providers import get_client

        self.client = get_client("anthropic")
        self.model = model or cfg.DEFAULT_MODELS["anthropic"]
        self.stream = stream
        self.messages = []

    def __call__(self, text: str) -> str:
        self.messages.append({"role": "user", "content": text})
        if self.stream:
            parts = []
            with self.client.messages.stream(
                model=self.model, max_tokens=cfg.DEFAULT_MAX_TOKENS, messages=self.messages
            ) as stream:
                for piece in stream.text_stream:
                    print(piece, end="", flush=True)
                    parts.append(piece)
            print()
            reply = "".join(parts)
        else:
            msg = self.client.messages.create(
                model=self.model, max_tokens=cfg.DEFAULT_MAX_TOKENS, messages=self.messages
            )
            reply = msg.content[0].text
        self.messages.append({"role": "assistant", "content": reply})
        return reply

    def clear(self):
        self.messages = []
