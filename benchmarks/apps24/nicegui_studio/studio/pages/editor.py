"""Main editor: brief -> draft -> brand voice -> checks -> SEO."""
from __future__ import annotations

import logging

from nicegui import run, ui

from studio import prompts
from studio.components import ChatPanel, CopyCard, page_frame
from studio.config import settings
from studio.services import get_anthropic, get_openai_sync, services
from studio.services.brand_voice import stream_rewrite
from studio.services.checks import check_copy, suggest_seo_blocking
from studio.storage import CampaignRepo, current_user, pref, push_history, set_pref
from studio.utils import char_budget

log = logging.getLogger(__name__)


def _draft_blocking(brief: str, channel: str) -> str:
    """Runs in the io_bound thread pool with the sync client."""
    client = get_openai_sync()
    resp = client.chat.completions.create(
        model=settings.default_chat_model,
        messages=[
            {"role": "system", "content": prompts.brand_system(pref("brand"), pref("voice"))},
            {"role": "user", "content": f"Channel: {channel}\nBrief: {brief}\nWrite the copy."},
        ],
    )
    return resp.choices[0].message.content or ""


@ui.page("/editor")
async def editor_page(campaign: str | None = None) -> None:
    repo = CampaignRepo()
    current = repo.get(campaign) if campaign else None

    with page_frame("Editor"):
        with ui.row().classes("w-full items-end gap-4"):
            channel = ui.select(list(prompts.CHANNEL_LIMITS), value=pref("channel"), label="Channel",
                                on_change=lambda e: set_pref("channel", e.value))
            brand = ui.input("Brand", value=current.brand if current else pref("brand"))
            voice = ui.input("Voice", value=current.voice if current else pref("voice")).classes("grow")

        brief = ui.textarea("Brief").classes("w-full")
        draft = ui.textarea("Draft").classes("w-full").props("autogrow")
        budget = ui.label("")
        cards = ui.column().classes("w-full")

        def update_budget() -> None:
            limit = prompts.CHANNEL_LIMITS.get(channel.value, 10_000)
            n, ok = char_budget(draft.value or "", limit)
            budget.set_text(f"{n}/{limit} characters" + ("" if ok else " — too long!"))
            budget.classes(replace="text-negative" if not ok else "")

        draft.on_value_change(lambda _: update_budget())

        async def first_draft() -> None:
            n = ui.notification("Drafting…", spinner=True, timeout=None)
            try:
                draft.value = await run.io_bound(_draft_blocking, brief.value or "", channel.value)
            finally:
                n.dismiss()

        async def quick_variants() -> None:
            resp = await run.io_bound(
                get_openai_sync().chat.completions.create,
                model=settings.default_chat_model,
                n=3,
                temperature=1.1,
                messages=[{"role": "user", "content": f"Write a {channel.value} post: {brief.value}"}],
            )
            cards.clear()
            with cards:
                for choice in resp.choices:
                    CopyCard(choice.message.content or "", client=services.openai,
                             on_accept=lambda t: draft.set_value(t))

        async def brand_pass() -> None:
            draft_text = draft.value or ""
            draft.value = ""
            async for delta in stream_rewrite(draft_text, channel.value, brand.value, voice.value):
                draft.value += delta

        async def critique() -> None:
            # quick critique straight from Claude; predates the multi-model service
            msg = await get_anthropic().messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=400,
                messages=[{
                    "role": "user",
                    "content": f"Critique this {channel.value} copy in 3 bullets:\n\n{draft.value}",
                }],
            )
            ui.notify(msg.content[0].text, multi_line=True, timeout=15000, close_button=True)

        async def safety_check() -> None:
            result = await check_copy(draft.value or "")
            if result.blocking:
                ui.notify(f"Blocked: {', '.join(result.categories)}", type="negative")
            elif result.flagged:
                ui.notify(f"Review needed: {', '.join(result.categories)}", type="warning")
            else:
                ui.notify("Looks clean", type="positive")

        async def seo() -> None:
            suggestion = await run.io_bound(suggest_seo_blocking, draft.value or "")
            seo_box.set_content(
                f"**Title:** {suggestion.title}\n\n**Meta:** {suggestion.meta_description}\n\n"
                f"**Keywords:** {', '.join(suggestion.keywords)}"
            )

        def save() -> None:
            push_history({"brief": brief.value or "", "draft": (draft.value or "")[:400]})
            if current:
                current.add_draft(channel.value, draft.value or "", current_user(), "editor")
                repo.save(current)
            ui.notify("Saved")

        with ui.row().classes("gap-2"):
            ui.button("First draft", icon="edit", on_click=first_draft)
            ui.button("3 variants", icon="view_column", on_click=quick_variants)
            ui.button("Brand voice", icon="record_voice_over", on_click=brand_pass)
            ui.button("Critique", icon="rate_review", on_click=critique)
            ui.button("Safety", icon="shield", on_click=safety_check)
            ui.button("SEO", icon="search", on_click=seo)
            ui.button("Save", icon="save", on_click=save).props("color=positive")

        seo_box = ui.markdown("")

        if services.anthropic is not None:
            with ui.expansion("Ask the copy assistant", icon="chat").classes("w-full"):
                ChatPanel(services.anthropic, prompts.brand_system(brand.value, voice.value))
