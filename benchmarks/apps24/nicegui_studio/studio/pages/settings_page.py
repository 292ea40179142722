"""Settings and admin pages."""
from __future__ import annotations

import io
import json

from nicegui import events, run, ui

from studio.components import page_frame
from studio.services import llm_tracker, registry, services
from studio.services.container import configured_providers
from studio.services.translation import SUPPORTED_LANGUAGES
from studio.storage import DEFAULTS, current_user, pref, set_pref
from studio.utils.costs import format_usd
from studio.utils.tokens import count_claude_tokens, count_openai_tokens


async def _available_models() -> dict[str, list[str]]:
    models: dict[str, list[str]] = {}
    if services.groq is not None:
        page = await services.groq.models.list()
        models["groq"] = sorted(m.id for m in page.data)
    if services.gemini is not None:
        pager = await run.io_bound(services.gemini.models.list)
        models["gemini"] = sorted(m.name for m in pager)
    if services.deepseek is not None:
        page = await services.deepseek.models.list()
        models["deepseek"] = [m.id for m in page.data]
    return models


@ui.page("/settings")
async def settings_page() -> None:
    with page_frame("Settings"):
        ui.label("Preferences").classes("text-lg")
        for key in ("brand", "voice"):
            ui.input(key.title(), value=pref(key), on_change=lambda e, k=key: set_pref(k, e.value)).classes("w-96")
        ui.select(registry.available() or list(registry.PROVIDERS), value=pref("provider"), label="Default provider",
                  on_change=lambda e: set_pref("provider", e.value))
        ui.select(SUPPORTED_LANGUAGES, value=pref("language"), label="Default language",
                  on_change=lambda e: set_pref("language", e.value))
        ui.button("Reset to defaults", on_click=lambda: [set_pref(k, v) for k, v in DEFAULTS.items()]).props("flat")

        ui.separator()
        ui.label(f"Configured providers: {', '.join(configured_providers()) or 'none'}")
        models_box = ui.markdown("")

        async def show_models() -> None:
            models = await _available_models()
            models_box.set_content("\n".join(f"**{p}**: {', '.join(ids[:15])}" for p, ids in models.items()))

        ui.button("List models", on_click=show_models).props("outline")

        ui.separator()
        ui.label("Token estimator").classes("text-lg")
        sample = ui.textarea("Paste copy").classes("w-full")
        estimate = ui.label("")

        async def count() -> None:
            text = sample.value or ""
            claude = await count_claude_tokens(text)
            estimate.set_text(f"OpenAI ≈ {count_openai_tokens(text)} tokens · Claude = {claude} tokens")

        ui.button("Count", on_click=count)


ADMINS = {"marta@acme.dev", "jonas@acme.dev", "priya@acme.dev"}


@ui.page("/admin")
async def admin_page() -> None:
    with page_frame("Admin"):
        if current_user() not in ADMINS:
            ui.label("Admins only.")
            return

        totals = llm_tracker.totals_by_feature()
        ui.label(f"Tracked spend this process: {format_usd(sum(totals.values()))}").classes("text-lg")
        ui.table(
            columns=[{"name": "feature", "label": "Feature", "field": "feature"},
                     {"name": "cost", "label": "Cost", "field": "cost"}],
            rows=[{"feature": k, "cost": format_usd(v)} for k, v in sorted(totals.items(), key=lambda kv: -kv[1])],
        ).classes("w-full")

        recent = [
            {"provider": e.provider, "model": e.model, "feature": e.feature_context,
             "in": e.input_tokens, "out": e.output_tokens, "ms": round(e.latency_ms)}
            for e in llm_tracker.history[-50:]
        ]
        ui.table(columns=[{"name": k, "label": k, "field": k} for k in ("provider", "model", "feature", "in", "out", "ms")],
                 rows=list(reversed(recent))).classes("w-full")

        ui.separator()
        ui.label("Upload a JSONL batch for overnight generation").classes("text-lg")

        async def handle_upload(e: events.UploadEventArguments) -> None:
            raw = e.content.read()
            lines = [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
            uploaded = await services.openai.files.create(file=(e.name, io.BytesIO(raw)), purpose="batch")
            ui.notify(f"Uploaded {len(lines)} requests as {uploaded.id}")

        ui.upload(on_upload=handle_upload, auto_upload=True).props("accept=.jsonl")
