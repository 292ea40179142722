"""IPython magics: ``%%ask`` and ``%ai_provider``.

Load with ``%load_ext jupyter_ai_helpers.magics``. Runs in the kernel, so it
uses the synchronous clients from :func:`providers.get_client`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shlex
from pathlib import Path
from typing import Optional

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import Markdown, display

from . import config as cfg
from .providers import get_client
from .services.llm_usage_tracker import llm_tracker
from .utils.prompts import ASK_SYSTEM, get as get_prompt

# --- answer cache (was utils/cache.py) ---


class KeyGenerator:
    def __init__(self, namespace: str = "ask"):
        self.namespace = namespace

    def generate(self, *parts: str) -> str:
        h = hashlib.sha256(self.namespace.encode())
        for p in parts:
            h.update(b"\x00" + p.encode("utf-8"))
        return h.hexdigest()[:32]


class AnswerCache:
    def __init__(self, directory: Optional[str] = None):
        self.dir = Path(directory or os.path.expanduser("~/.cache/jupyter_ai_helpers"))
        self.keys = KeyGenerator()

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def get(self, provider: str, model: str, prompt: str) -> Optional[str]:
        path = self._path(self.keys.generate(provider, model, prompt))
        if not path.exists():
            return None
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)["answer"]

    def put(self, provider: str, model: str, prompt: str, answer: str) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self._path(self.keys.generate(provider, model, prompt))
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"provider": provider, "model": model, "answer": answer}, fh)


def _describe_namespace(ns, limit=25):
    rows = []
    for name, value in list(ns.items()):
        if name.startswith("_") or callable(value) or name in ("In", "Out", "exit", "quit"):
            continue
        shape = getattr(value, "shape", None)
        rows.append(f"{name}: {type(value).__name__}" + (f" shape={shape}" if shape else ""))
        if len(rows) >= limit:
            break
    return ", ".join(rows) or "(none)"


@magics_class
class AskMagics(Magics):
    def __init__(self, shell):
        super().__init__(shell)
        self.provider = cfg.env_provider()
        self.model = None
        self.cache = AnswerCache()

    @line_magic
    def ai_provider(self, line):
        """%ai_provider anthropic [model]"""
        parts = shlex.split(line)
        if not parts:
            print(f"provider={self.provider} model={cfg.model_for(self.provider, self.model)}")
            return
        self.provider = parts[0]
        self.model = parts[1] if len(parts) > 1 else None

    @magic_arguments()
    @argument("--provider", "-p", default=None)
    @argument("--model", "-m", default=None)
    @argument("--no-cache", action="store_true")
    @argument("--vars", action="store_true", help="send variable names/types as context")
    @cell_magic
    def ask(self, line, cell):
        args = parse_argstring(self.ask, line)
        provider = args.provider or self.provider
        model = cfg.model_for(provider, args.model or self.model)
        variables = _describe_namespace(self.shell.user_ns) if args.vars else "(not shared)"
        prompt = get_prompt("ask").render(question=cell.strip(), variables=variables)

        if not args.no_cache:
            cached = self.cache.get(provider, model, prompt)
            if cached is not None:
                display(Markdown(cached))
                return

        answer = self._ask(provider, model, prompt)
        self.cache.put(provider, model, prompt, answer)
        display(Markdown(answer))

    def _ask(self, provider, model, prompt):
        client = get_client(provider)
        if provider == "anthropic":
            msg = client.messages.create(
                model=model,
                max_tokens=cfg.DEFAULT_MAX_TOKENS,
                system=ASK_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            return msg.content[0].text
        if provider == "google":
            resp = client.models.generate_content(
                model=model,
                contents=prompt,
                config={"system_instruction": ASK_SYSTEM},
            )
            return resp.text
        if provider == "ollama":
            resp = client.chat(
                model=model,
                messages=[
                    {"role": "system", "content": ASK_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
            )
            return resp["message"]["content"]
        # openai and openrouter share the chat.completions surface
        completion = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": ASK_SYSTEM},
                {"role": "user", "content": prompt},
            ],
        )
        return completion.choices[0].message.content


@magics_class
class UsageMagics(Magics):
    @line_magic
    def ai_usage(self, line):
        """%ai_usage -- token usage recorded by this kernel process."""
        rows = llm_tracker.summary()
        if not rows:
            print("no tracked calls yet")
            return
        for row in rows:
            print(
                f"{row['provider']:>10} {row['model']:<40} calls={row['calls']:<4} "
                f"in={row['input_tokens']:<7} out={row['output_tokens']}"
            )


def load_ipython_extension(ipython):
    ipython.register_magics(AskMagics)
    ipython.register_magics(UsageMagics)


def unload_ipython_extension(ipython):
    # IPython has no public unregister; leaving magics in place is harmless.
    pass
