"""Entry point: ``panel serve app.py --address 0.0.0.0 --allow-websocket-origin=desk-assist.internal``.

Builds one FastListTemplate per session. Shared clients live in ``pn.state.cache``
(see deskassist.clients.registry); per-session objects are built below.
"""
from __future__ import annotations

import logging

import panel as pn

from deskassist import __version__
from deskassist.clients import get_client, make_anthropic_client, make_mistral_client, warm_cache
from deskassist.components import DocSearch, MarketBrief, NewsFeed, RiskPanel, build_chat, curve_notes_view
from deskassist.components.admin_panel import admin_view
from deskassist.components.ideas_panel import IdeasPanel
from deskassist.components.curve_notes import weather_view
from deskassist.services.summarizer import BriefSummarizer
from deskassist.services.intake import transcribe_memo
from deskassist.settings import settings

pn.extension("tabulator", notifications=True, sizing_mode="stretch_width")
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("desk.app")

if "llm-client:openai" not in pn.state.cache:
    warm_cache(["openai", "anthropic", "cohere", "gemini"])

anthropic_client = pn.state.as_cached("brief-anthropic", make_anthropic_client)
mistral_client = pn.state.as_cached("mistral", make_mistral_client)

brief = MarketBrief(
    client=anthropic_client,
    summarizer=BriefSummarizer(client=get_client("openai"), mistral=mistral_client),
)
news = NewsFeed()
docs = DocSearch(mistral=mistral_client)
risk = RiskPanel()

greeting = pn.pane.Markdown("", styles={"color": "#555"})
voice = pn.widgets.FileInput(accept="audio/*", visible=settings.enable_voice_notes)
voice_text = pn.pane.Markdown()


def _on_voice(event):
    if event.new:
        voice_text.object = transcribe_memo(get_client("openai"), event.new, voice.filename or "memo.webm")


voice.param.watch(_on_voice, "value")


def _on_load():
    """Runs once the page is rendered (so the first paint is not blocked)."""
    news.start()
    gemini = pn.state.cache["llm-client:gemini"]
    try:
        hello = gemini.models.generate_content(
            model=settings.gemini_model,
            contents=f"One short, dry sentence greeting {pn.state.user or 'a trader'} at the start of the trading day.",
        )
        greeting.object = hello.text
    except Exception:
        log.exception("greeting failed")


def _on_destroyed(session_context):
    news.stop()
    log.info("session %s closed", session_context.id)


pn.state.onload(_on_load)
pn.state.on_session_destroyed(_on_destroyed)

template = pn.template.FastListTemplate(
    title=f"Desk Research Assistant v{__version__}",
    sidebar=[greeting, pn.pane.Markdown("### Voice memo"), voice, voice_text],
    main=[
        pn.Tabs(
            ("Chat", build_chat()),
            ("Morning brief", brief),
            ("Curves", curve_notes_view()),
            ("Weather", weather_view()),
            ("News", news),
            ("Research notes", docs),
            ("Broker notes", IdeasPanel()),
            ("Risk call", risk),
            ("Admin", pn.panel(admin_view)),
            dynamic=True,
        )
    ],
    accent_base_color="#0b6e4f",
    header_background="#0b6e4f",
)
template.servable()
