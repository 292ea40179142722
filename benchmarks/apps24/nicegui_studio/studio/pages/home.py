from __future__ import annotations

from nicegui import app, run, ui

from studio.components import PromptBox, page_frame
from studio.legacy.old_generator import generate_post, hashtags
from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.storage import bump_counter, current_user, pref, push_history


@ui.page("/")
async def home_page() -> None:
    with page_frame("Home"):
        ui.label(f"Hi {current_user()} 👋").classes("text-2xl")
        ui.label("Drop a brief below for a quick first draft, or open the editor for the full workflow.")

        output = ui.markdown("").classes("w-full")

        async def quick_draft(brief: str) -> None:
            if not brief.strip():
                ui.notify("Write a brief first", type="warning")
                return
            output.set_content("_drafting…_")
            text = await multi_model_service.generate_response(
                prompt=f"Brand: {pref('brand')}\nVoice: {pref('voice')}\nChannel: {pref('channel')}\n\nBrief: {brief}",
                task_type="chat",
                complexity=TaskComplexity.SIMPLE,
                user=current_user(),
            )
            output.set_content(text)
            push_history({"brief": brief, "draft": text[:400]})
            bump_counter("quick_drafts")

        PromptBox(on_submit=quick_draft, history=[h["brief"] for h in pref("history")])

        with ui.expansion("Recent", icon="history").classes("w-full"):
            for item in pref("history")[:10]:
                with ui.card().classes("w-full"):
                    ui.label(item["brief"]).classes("font-medium")
                    ui.label(item["draft"]).classes("text-sm opacity-70")

        ui.label(f"Drafts generated today: {app.storage.general.get('counters', {}).get('quick_drafts', 0)}").classes(
            "text-xs opacity-50"
        )


@ui.page("/legacy")
def legacy_page() -> None:
    """The old prototype generator, kept for the two people who still use it."""
    with page_frame("Legacy generator"):
        ui.label("Legacy generator (prototype)").classes("text-xl")
        topic = ui.input("Topic")
        tone = ui.select(["friendly", "professional", "witty"], value="friendly")
        out = ui.markdown("")

        async def go() -> None:
            text = await run.io_bound(generate_post, topic.value, tone.value)
            out.set_content(text + "\n\n" + " ".join(hashtags(text)))

        ui.button("Generate", on_click=go)
