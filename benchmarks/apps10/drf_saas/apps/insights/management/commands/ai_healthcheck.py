"""
Verify provider credentials and deployments after a deploy or key rotation.

    ./manage.py ai_healthcheck            # metadata only, free
    ./manage.py ai_healthcheck --live     # also sends a 2-token chat request
"""
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from services.ai import (
    deployment,
    get_azure_openai_client,
    get_bedrock_control,
    get_cohere_client,
)


class Command(BaseCommand):
    help = "Check that every AI provider is reachable and configured"

    def add_arguments(self, parser):
        parser.add_argument("--live", action="store_true")

    def _ok(self, name, detail=""):
        self.stdout.write(self.style.SUCCESS(f"[ok]   {name} {detail}"))

    def _fail(self, name, exc):
        self.stdout.write(self.style.ERROR(f"[fail] {name}: {exc}"))

    def handle(self, *args, **opts):
        azure = get_azure_openai_client()
        try:
            available = {m.id for m in azure.models.list()}
            self._ok("azure models", f"({len(available)} visible)")
        except Exception as exc:
            self._fail("azure models", exc)

        try:
            summaries = get_bedrock_control().list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
            ids = {m["modelId"] for m in summaries}
            missing = [m for m in settings.BEDROCK_MODELS.values() if m not in ids]
            if missing:
                self._fail("bedrock models", f"not enabled: {missing}")
            else:
                self._ok("bedrock models")
        except Exception as exc:
            self._fail("bedrock models", exc)

        try:
            cohere_models = get_cohere_client().models.list(endpoint="chat")
            self._ok("cohere", f"({len(cohere_models.models)} chat models)")
        except Exception as exc:
            self._fail("cohere", exc)

        if not opts["live"]:
            return

        started = time.monotonic()
        try:
            azure.chat.completions.create(
                model=deployment("chat_mini"),
                messages=[{"role": "user", "content": "Reply with OK"}],
                max_tokens=2,
            )
            self._ok("azure chat", f"{(time.monotonic() - started) * 1000:.0f}ms")
        except Exception as exc:
            self._fail("azure chat", exc)
