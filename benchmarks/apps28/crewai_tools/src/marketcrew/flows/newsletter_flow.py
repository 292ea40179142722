"""Weekly newsletter flow: collect articles -> summarise -> subject lines -> audio teaser."""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
from crewai.flow.flow import Flow, listen, start

from marketcrew.clients import get_genai, get_openai, get_xai
from marketcrew.config import settings
from marketcrew.utils import bulletize, truncate

logger = logging.getLogger(__name__)

FEEDS = [
    "https://blog.example.com/rss.xml",
    "https://changelog.example.com/feed.xml",
]
AUDIO_DIR = Path("var/newsletter_audio")


class NewsletterFlow(Flow):
    """Unstructured state: the marketing ops team kept adding keys, so we never typed it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.genai = get_genai()

    @start()
    def collect_articles(self) -> list[dict[str, str]]:
        articles: list[dict[str, str]] = []
        with httpx.Client(timeout=15) as http:
            for url in self.state.get("feeds", FEEDS):
                try:
                    resp = http.get(url)
                    resp.raise_for_status()
                except httpx.HTTPError as exc:
                    logger.warning("feed %s failed: %s", url, exc)
                    continue
                root = ElementTree.fromstring(resp.text)
                for item in root.iter("item"):
                    articles.append(
                        {
                            "title": item.findtext("title", ""),
                            "link": item.findtext("link", ""),
                            "description": item.findtext("description", ""),
                        }
                    )
        self.state["articles"] = articles[: self.state.get("max_articles", 8)]
        return self.state["articles"]

    @listen(collect_articles)
    def summarise(self) -> str:
        chat = self.genai.chats.create(
            model=settings.research_model,
            config={"system_instruction": "You write a friendly weekly product newsletter. Short paragraphs."},
        )
        sections = []
        for art in self.state["articles"]:
            reply = chat.send_message(
                f"Write a 60-word newsletter blurb for: {art['title']}\n{truncate(art['description'], 1500)}"
            )
            sections.append({"title": art["title"], "link": art["link"], "blurb": reply.text})
        self.state["sections"] = sections
        return bulletize(s["title"] for s in sections)

    @listen(summarise)
    def subject_lines(self) -> list[str]:
        ask_grok = partial(get_xai().chat.completions.create, model=settings.grok_model, temperature=1.0)
        titles = ", ".join(s["title"] for s in self.state["sections"])
        resp = ask_grok(
            messages=[
                {"role": "system", "content": "You write email subject lines under 45 characters."},
                {"role": "user", "content": f"Five subject lines for a newsletter covering: {titles}"},
            ]
        )
        lines = [ln.strip("-•* ").strip() for ln in (resp.choices[0].message.content or "").splitlines()]
        self.state["subject_lines"] = [ln for ln in lines if ln][:5]
        return self.state["subject_lines"]

    @listen(subject_lines)
    def audio_teaser(self) -> str | None:
        if not self.state.get("with_audio", False):
            return None
        script = "This week: " + "; ".join(s["title"] for s in self.state["sections"][:4]) + ". Read on in your inbox."
        AUDIO_DIR.mkdir(parents=True, exist_ok=True)
        out = AUDIO_DIR / f"teaser-{date.today().isoformat()}.mp3"
        speech = get_openai().audio.speech.create(model="gpt-4o-mini-tts", voice="coral", input=script)
        speech.write_to_file(out)
        self.state["audio_path"] = str(out)
        return str(out)

    @listen(audio_teaser)
    def notify(self) -> None:
        if settings.slack_webhook_url:
            httpx.post(
                settings.slack_webhook_url,
                json={"text": f"Newsletter draft ready: {self.state['subject_lines'][:1]}"},
                timeout=10,
            )
