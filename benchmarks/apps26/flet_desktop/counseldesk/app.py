"""Flet app shell: builds clients once per session, wires routes and views."""
from __future__ import annotations

import logging
import os

import flet as ft
import ollama
from openai import AsyncOpenAI

from counseldesk import services
from counseldesk.config import get_settings
from counseldesk.services.drafting import DraftingService
from counseldesk.services.llm_usage_tracker import llm_tracker
from counseldesk.services.summarizer import MatterSummarizer
from counseldesk.state import AppState, ClientBundle
from counseldesk.storage.matter_store import MatterStore
from counseldesk.views.chat_view import ChatPanel
from counseldesk.views.contract_view import ContractReviewPanel
from counseldesk.views.drafting_view import DraftingPanel
from counseldesk.views.intake_view import IntakeForm
from counseldesk.views.matters_view import MattersPanel
from counseldesk.views.research_view import ResearchPanel
from counseldesk.views.settings_view import SettingsPanel

log = logging.getLogger(__name__)

NAV_ITEMS = [
    ("/chat", ft.Icons.CHAT_OUTLINED, "Assistant"),
    ("/matters", ft.Icons.FOLDER_OUTLINED, "Matters"),
    ("/contracts", ft.Icons.DESCRIPTION_OUTLINED, "Contracts"),
    ("/research", ft.Icons.TRAVEL_EXPLORE, "Research"),
    ("/drafting", ft.Icons.EDIT_NOTE, "Drafting"),
    ("/intake", ft.Icons.INBOX_OUTLINED, "Intake"),
    ("/settings", ft.Icons.SETTINGS_OUTLINED, "Settings"),
]


def _build_clients(page: ft.Page) -> ClientBundle:
    settings = get_settings()
    # user-entered key (Settings view) wins over the environment
    openai_key = page.client_storage.get("counseldesk.openai_key") or settings.openai_api_key
    chat_client = AsyncOpenAI(api_key=openai_key, timeout=settings.request_timeout)
    local_llm = ollama.AsyncClient(host=page.client_storage.get("counseldesk.ollama_host") or settings.ollama_host)
    return ClientBundle(
        openai=chat_client,
        anthropic=services.get_anthropic_client(),
        genai=services.get_genai_client(),
        xai=services.get_xai_client(),
        perplexity=services.get_async_perplexity_client(),
        ollama=local_llm,
    )


async def _morning_brief(page: ft.Page, banner: ft.Text) -> None:
    """One-line greeting with today's deadlines; purely cosmetic, so failures are swallowed."""
    state: AppState = page.data
    deadlines = state.store.notes(state.current_matter_id, kind="deadline") if state.current_matter_id else []
    if not deadlines:
        banner.value = f"Welcome back, {state.user_name}."
        page.update()
        return
    try:
        resp = await state.clients.openai.responses.create(
            model="gpt-4.1-mini",
            instructions="Write one friendly sentence reminding a lawyer of today's deadlines.",
            input="\n".join(deadlines[:10]),
            max_output_tokens=60,
        )
        banner.value = resp.output_text
    except Exception:  # noqa: BLE001
        log.exception("morning brief failed")
        banner.value = f"Welcome back, {state.user_name}. You have {len(deadlines)} deadline(s) today."
    page.update()


def main(page: ft.Page) -> None:
    settings = get_settings()
    page.title = "CounselDesk"
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = ft.Theme(color_scheme_seed=ft.Colors.INDIGO)
    page.window.min_width = 980
    page.window.min_height = 640

    bundle = _build_clients(page)
    store = MatterStore(settings.db_path)
    page.data = AppState(
        clients=bundle,
        store=store,
        user_name=page.client_storage.get("counseldesk.user_name") or os.environ.get("USER", "Counsel"),
        current_matter_id=page.client_storage.get("counseldesk.current_matter"),
    )
    page.data.services["summarizer"] = MatterSummarizer(bundle.anthropic, model=settings.summary_model)
    page.data.services["drafting"] = DraftingService(bundle.xai, model=settings.drafting_model)

    # legacy views still read these from the session (see views/contract_view.py)
    page.session.set("genai_client", bundle.genai)
    page.session.set("xai", bundle.xai)

    banner = ft.Text("", italic=True, color=ft.Colors.ON_SURFACE_VARIANT)

    def build_view(route: str) -> ft.Control:
        if route == "/chat":
            return ChatPanel(page, bundle.openai, model=settings.chat_model)
        if route == "/matters":
            return MattersPanel(store)
        if route == "/contracts":
            return ContractReviewPanel()
        if route == "/research":
            return ResearchPanel(page.data.clients.perplexity)
        if route == "/drafting":
            return DraftingPanel(page.data.services["drafting"])
        if route == "/intake":
            return IntakeForm(bundle.ollama, model=settings.intake_model)
        if route == "/settings":
            return SettingsPanel(on_keys_changed=lambda: services.reset_clients())
        return ft.Text(f"Unknown route {route}")

    rail = ft.NavigationRail(
        selected_index=0,
        label_type=ft.NavigationRailLabelType.ALL,
        destinations=[ft.NavigationRailDestination(icon=icon, label=label) for _, icon, label in NAV_ITEMS],
        on_change=lambda e: page.go(NAV_ITEMS[e.control.selected_index][0]),
    )

    def route_change(e: ft.RouteChangeEvent) -> None:
        route = page.route if page.route != "/" else "/chat"
        rail.selected_index = next((i for i, (r, _, _) in enumerate(NAV_ITEMS) if r == route), 0)
        page.views.clear()
        page.views.append(
            ft.View(
                route,
                [
                    ft.Row(
                        [rail, ft.VerticalDivider(width=1), ft.Column([banner, build_view(route)], expand=True)],
                        expand=True,
                    )
                ],
                padding=0,
            )
        )
        page.update()

    async def on_disconnect(e) -> None:
        await llm_tracker.flush()

    def on_close(e) -> None:
        store.close()

    page.on_route_change = route_change
    page.on_disconnect = on_disconnect
    page.on_close = on_close
    page.go(page.route)
    page.run_task(_morning_brief, page, banner)
