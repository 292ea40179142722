"""Translate a document into another language, with a Gemini quality check."""
from __future__ import annotations

import inngest
from google.genai import types

from app import db
from app.config import get_settings
from app.inngest_client import DOCUMENT_TRANSLATE, inngest_client
from services.clients import get_genai
from services.prompts import build_messages, chunk_text, render_prompt
from services.registry import get_provider

settings = get_settings()


def _quality_check(source: str, translated: str, language: str) -> dict:
    gemini = get_genai()
    resp = gemini.models.generate_content(
        model=settings.gemini_model,
        contents=(
            f"Source:\n{source}\n\nTranslation into {language}:\n{translated}\n\n"
            "Rate the translation from 1-5 and list any mistranslations as JSON."
        ),
        config=types.GenerateContentConfig(
            response_mime_type="application/json", temperature=0.0
        ),
    )
    return {"raw": resp.text}


GLOSSARY: dict[str, dict[str, str]] = {
    "es": {"pipeline": "pipeline", "deploy": "desplegar", "rollback": "reversión"},
    "de": {"pipeline": "Pipeline", "deploy": "bereitstellen", "rollback": "Rollback"},
    "fr": {"pipeline": "pipeline", "deploy": "déployer", "rollback": "retour arrière"},
}


def glossary_hint(language: str) -> str:
    terms = GLOSSARY.get(language[:2].lower(), {})
    if not terms:
        return ""
    pairs = ", ".join(f"{k} -> {v}" for k, v in terms.items())
    return f"\nUse this glossary where relevant: {pairs}."


@inngest_client.create_function(
    fn_id="translate-document",
    trigger=inngest.TriggerEvent(event=DOCUMENT_TRANSLATE),
    retries=2,
)
async def translate_document(ctx: inngest.Context, step: inngest.Step) -> dict:
    doc_id = ctx.event.data["document_id"]
    language = ctx.event.data["target_language"]
    provider_name = ctx.event.data.get("provider", "together")
    complete = get_provider(provider_name)

    def load() -> str:
        rec = db.documents.get(doc_id)
        return rec.data["body"] if rec else ""

    body = await step.run("load", load)
    out: list[str] = []
    for i, chunk in enumerate(chunk_text(body, size=3000, overlap=0)):
        messages = build_messages(
            render_prompt("translate", language=language) + glossary_hint(language), chunk
        )
        out.append(await step.run(f"translate-{i}", complete, messages))

    translated = "\n".join(out)
    report = await step.run("quality-check", _quality_check, body[:4000], translated[:4000], language)
    return {"document_id": doc_id, "language": language, "chars": len(translated), "qa": report}
