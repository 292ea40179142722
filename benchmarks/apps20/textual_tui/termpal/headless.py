"""Headless mode: ``termpal -p "question"`` prints an answer and exits.

Useful in shell pipelines: ``git diff | termpal -p "write a commit message"``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

import ollama

from termpal.backends import BackendError, Message, create_backend
from termpal.clients import get_genai_client, get_openai_sync
from termpal.config import Settings, load_settings


def _read_stdin() -> str:
    if sys.stdin.isatty():
        return ""
    return sys.stdin.read()


def build_prompt(question: str, piped: str) -> str:
    if not piped:
        return question
    return f"{question}\n\n<input>\n{piped}\n</input>"


def ask_openai(settings: Settings, prompt: str, model: str | None = None) -> str:
    client = get_openai_sync()
    resp = client.responses.create(
        model=model or settings.model_for("openai"),
        instructions=settings.system_prompt,
        input=prompt,
        max_output_tokens=settings.max_tokens,
    )
    return resp.output_text


def ask_gemini(settings: Settings, prompt: str, model: str | None = None) -> str:
    resp = get_genai_client().models.generate_content(
        model=model or settings.model_for("google"),
        contents=prompt,
    )
    return resp.text or ""


def ask_ollama(settings: Settings, prompt: str, model: str | None = None) -> str:
    # module-level client honours OLLAMA_HOST
    resp = ollama.generate(model=model or settings.model_for("ollama"), prompt=prompt, system=settings.system_prompt)
    return resp["response"]


async def ask_backend(settings: Settings, provider: str, prompt: str) -> str:
    backend = create_backend(provider, settings)
    reply = await backend.complete([Message("user", prompt)], system=settings.system_prompt)
    return reply.text


FAST_PATHS = {"openai": ask_openai, "google": ask_gemini, "ollama": ask_ollama}


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    provider = args.provider or settings.provider
    prompt = build_prompt(args.prompt, _read_stdin())
    try:
        if provider in FAST_PATHS:
            answer = FAST_PATHS[provider](settings, prompt, args.model)
        else:
            if args.model:
                settings.models[provider] = args.model
            answer = asyncio.run(ask_backend(settings, provider, prompt))
    except BackendError as exc:
        print(f"termpal: {exc}", file=sys.stderr)
        return 1
    print(answer)
    return 0
