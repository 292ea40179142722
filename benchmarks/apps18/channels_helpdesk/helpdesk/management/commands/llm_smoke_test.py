"""Ping every configured provider once. Run after rotating keys:

    ./manage.py llm_smoke_test --only anthropic,gemini

Perplexity is checked by the agent-assist health page instead.
"""
import time

import anthropic
from django.conf import settings
from django.core.management.base import BaseCommand
from google import genai
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


class Command(BaseCommand):
    help = "Send a tiny request to each LLM provider and report latency."

    def add_arguments(self, parser):
        parser.add_argument("--only", default="", help="comma separated subset")
        parser.add_argument("--list-models", action="store_true")

    def _timed(self, name, fn):
        start = time.perf_counter()
        try:
            out = fn()
            self.stdout.write(self.style.SUCCESS(f"{name:12} ok  {time.perf_counter() - start:5.2f}s  {out!r}"))
        except Exception as exc:  # noqa: BLE001
            self.stdout.write(self.style.ERROR(f"{name:12} FAIL {exc}"))

    def handle(self, *args, **opts):
        only = {s.strip() for s in opts["only"].split(",") if s.strip()}
        cfg = settings.HELPDESK_LLM

        def want(name):
            return not only or name in only

        if want("openai"):
            client = OpenAI(api_key=settings.OPENAI_API_KEY)
            if opts["list_models"]:
                self.stdout.write(", ".join(sorted(m.id for m in client.models.list())))

            def _openai():
                r = client.chat.completions.create(
                    model=cfg["DEFAULT_CHAT_MODEL"], messages=[{"role": "user", "content": PROMPT}], max_tokens=3
                )
                return r.choices[0].message.content

            self._timed("openai", _openai)

        if want("anthropic"):
            claude = anthropic.Anthropic(api_key=settings.ANTHROPIC_API_KEY)

            def _anthropic():
                r = claude.messages.create(
                    model=cfg["CLAUDE_FAST_MODEL"], max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
                )
                return r.content[0].text

            self._timed("anthropic", _anthropic)

        if want("gemini"):
            gclient = genai.Client(api_key=settings.GOOGLE_API_KEY)
            self._timed("gemini", lambda: gclient.models.generate_content(model=cfg["GEMINI_MODEL"], contents=PROMPT).text)
