import reflex as rx

from studio.components import page_shell, progress_panel
from studio.state.campaigns import CHANNEL_BRIEFS, CampaignState


def draft_card(draft: dict) -> rx.Component:
    return rx.card(
        rx.hstack(rx.badge(draft["channel"]), rx.text(draft["model"], size="1", color_scheme="gray"), rx.spacer()),
        rx.markdown(draft["body"]),
        width="100%",
    )


def campaigns_page() -> rx.Component:
    return page_shell(
        rx.input(placeholder="Campaign name", value=CampaignState.name, on_change=CampaignState.set_name),
        rx.text_area(placeholder="Brief", value=CampaignState.brief, on_change=CampaignState.set_brief, rows="5"),
        rx.input(placeholder="Audience", value=CampaignState.audience, on_change=CampaignState.set_audience),
        rx.hstack(
            *[
                rx.checkbox(
                    channel,
                    checked=CampaignState.channels.contains(channel),
                    on_change=lambda _v, c=channel: CampaignState.toggle_channel(c),
                )
                for channel in CHANNEL_BRIEFS
            ],
            wrap="wrap",
        ),
        rx.hstack(
            rx.button("Build campaign", on_click=CampaignState.build, loading=CampaignState.running),
            rx.button("Cheap draft", variant="soft", on_click=CampaignState.regenerate_all_cheap),
            rx.button("Token estimate", variant="ghost", on_click=CampaignState.estimate_prompt_tokens),
        ),
        rx.cond(
            CampaignState.running,
            progress_panel(CampaignState.progress_pct, f"Drafting {CampaignState.total} channels"),
        ),
        rx.text(f"Spend so far: ${CampaignState.total_cost}", size="1"),
        rx.foreach(CampaignState.drafts, draft_card),
        title="Campaigns",
    )
