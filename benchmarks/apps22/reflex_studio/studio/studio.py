"""Reflex app entry point."""
import logging

import reflex as rx

from studio.api import fastapi_app
from studio.components import page_shell
from studio.pages import campaigns_page, chat_page, copy_page, images_page, settings_page, tools_page
from studio.state.base import StudioState
from studio.state.settings import SettingsState

logging.basicConfig(level=logging.INFO)


def index() -> rx.Component:
    return page_shell(
        rx.grid(
            *[
                rx.card(rx.link(rx.heading(label, size="4"), href=href), rx.text(blurb, size="2"))
                for label, href, blurb in [
                    ("Copilot", "/chat", "Brainstorm with any model"),
                    ("Copywriter", "/copy", "On-brand drafts for every channel"),
                    ("Image lab", "/images", "FLUX images with alt text"),
                    ("Campaigns", "/campaigns", "One brief, every channel"),
                ]
            ],
            columns="2",
            spacing="4",
        ),
        title="Content Studio",
    )


app = rx.App(
    theme=rx.theme(accent_color="teal", radius="medium"),
    api_transformer=fastapi_app,
)
app.add_page(index, route="/", on_load=StudioState.on_load, title="Content Studio")
app.add_page(chat_page, route="/chat", on_load=StudioState.on_load)
app.add_page(copy_page, route="/copy")
app.add_page(images_page, route="/images")
app.add_page(campaigns_page, route="/campaigns")
app.add_page(tools_page, route="/tools")
app.add_page(settings_page, route="/settings", on_load=SettingsState.load_usage)
