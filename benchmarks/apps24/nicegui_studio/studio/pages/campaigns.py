"""Campaign list + detail, with streaming channel plans and headline batches."""
from __future__ import annotations

from nicegui import ui

from studio import prompts
from studio.components import VariantGrid, page_frame
from studio.config import settings
from studio.services import llm_tracker, services
from studio.services.headlines import headline_batch
from studio.storage import Campaign, CampaignRepo, current_user


@ui.page("/campaigns")
async def campaigns_page() -> None:
    repo = CampaignRepo()
    with page_frame("Campaigns"):
        with ui.row().classes("items-end gap-2"):
            name = ui.input("Name")
            brand = ui.input("Brand", value="Acme Cloud")
            voice = ui.input("Voice", value="confident, warm").classes("w-64")

            def create() -> None:
                if not name.value:
                    ui.notify("Name is required", type="warning")
                    return
                Campaign.create(name.value, brand.value, voice.value, owner=current_user())
                campaign_list.refresh()

            ui.button("Create", icon="add", on_click=create)

        @ui.refreshable
        def campaign_list() -> None:
            rows = repo.all()
            if not rows:
                ui.label("No campaigns yet.").classes("opacity-60")
            for c in rows:
                with ui.card().classes("w-full"):
                    with ui.row().classes("w-full justify-between items-center"):
                        ui.link(c.name, f"/campaigns/{c.id}").classes("text-lg")
                        ui.label(f"{len(c.drafts)} drafts · {c.owner}").classes("text-xs opacity-60")

        campaign_list()


@ui.page("/campaigns/{campaign_id}")
async def campaign_detail(campaign_id: str) -> None:
    repo = CampaignRepo()
    campaign = repo.get(campaign_id)
    with page_frame(campaign.name if campaign else "Not found"):
        if campaign is None:
            ui.label("Campaign not found")
            return

        ui.label(f"{campaign.brand} — {campaign.voice}").classes("opacity-70")
        plan_box = ui.markdown("").classes("w-full")

        async def channel_plan() -> None:
            plan_box.set_content("")
            text = ""
            stream = await services.openai.chat.completions.create(
                model="gpt-4o",
                stream=True,
                messages=[
                    {"role": "system", "content": prompts.brand_system(campaign.brand, campaign.voice)},
                    {"role": "user", "content": f"Draft a 2-week channel plan for '{campaign.name}' "
                                                f"across {', '.join(campaign.channels)}. Markdown table."},
                ],
            )
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    text += chunk.choices[0].delta.content
                    plan_box.set_content(text)

        async def tagline() -> None:
            async with llm_tracker.track_llm_call(
                provider="groq",
                model=settings.headline_model,
                feature_context="campaign_tagline",
                user=current_user(),
            ) as usage_log:
                resp = await services.groq.chat.completions.create(
                    model=settings.headline_model,
                    messages=[{"role": "user", "content": f"One tagline for {campaign.name} ({campaign.brand})."}],
                    max_tokens=40,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            tagline_label.set_text(resp.choices[0].message.content or "")

        async def headlines_for_channels() -> None:
            briefs = [f"{campaign.name} on {ch}" for ch in campaign.channels]
            result = await headline_batch(services.groq, briefs)
            with headline_col:
                headline_col.clear()
                for brief, lines in result.items():
                    ui.label(brief).classes("font-medium")
                    for line in lines:
                        ui.label(f"• {line}")

        with ui.row().classes("gap-2"):
            ui.button("Channel plan", on_click=channel_plan)
            ui.button("Tagline", on_click=tagline)
            ui.button("Headlines per channel", on_click=headlines_for_channels)
            ui.button("Open in editor", on_click=lambda: ui.navigate.to(f"/editor?campaign={campaign.id}"))

        tagline_label = ui.label("").classes("text-xl italic")
        headline_col = ui.column()

        ui.separator()
        ui.label("Compare providers").classes("text-lg")
        brief_in = ui.input("Brief for comparison").classes("w-full")
        grid = VariantGrid()
        ui.button(
            "Compare",
            on_click=lambda: grid.run(brief_in.value or campaign.name, prompts.brand_system(campaign.brand, campaign.voice)),
        )

        with ui.expansion(f"Drafts ({len(campaign.drafts)})").classes("w-full"):
            for d in campaign.drafts:
                ui.markdown(f"**{d['channel']}** · {d['provider']}\n\n{d['text']}")
