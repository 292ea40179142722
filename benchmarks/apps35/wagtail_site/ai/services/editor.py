"""Editor-facing helpers: titles, intros, rewrites, SEO descriptions."""
from __future__ import annotations

import json
import logging

from pydantic import BaseModel

from ai.clients import get_anthropic_client, get_openai_client
from ai.models import AISettings, PromptTemplate

logger = logging.getLogger(__name__)

TITLE_PROMPT = (
    "Suggest five short, specific headlines for the article below. "
    "Return a JSON object {\"titles\": [...]}.\n\n{content}"
)
SEO_PROMPT = "Write a meta description (max 155 characters) for:\n\n{content}"
REWRITE_SYSTEM = "You rewrite text in the house style: plain English, active voice, no jargon."


class FAQItem(BaseModel):
    question: str
    answer: str


class FAQList(BaseModel):
    items: list[FAQItem]


class EditorAssistant:
    """One instance per request; holds the clients for the current site."""

    def __init__(self, site=None, openai_client=None, anthropic_client=None):
        self.site = site
        self.conf = AISettings.for_site(site) if site else None
        self.openai = openai_client or get_openai_client(site)
        self.anthropic = anthropic_client or get_anthropic_client(site)

    @property
    def chat_model(self):
        return self.conf.chat_model if self.conf else "gpt-4o-mini"

    @property
    def max_tokens(self):
        return self.conf.max_output_tokens if self.conf else 800

    def suggest_titles(self, content: str) -> list[str]:
        tpl = PromptTemplate.get_text("titles", TITLE_PROMPT)
        response = self.openai.chat.completions.create(
            model=self.chat_model,
            response_format={"type": "json_object"},
            temperature=tpl.temperature,
            messages=[{"role": "user", "content": tpl.render(content=content[:6000])}],
        )
        try:
            return json.loads(response.choices[0].message.content)["titles"][:5]
        except (KeyError, ValueError, TypeError):
            logger.warning("title suggestion returned invalid JSON")
            return []

    def seo_description(self, content: str) -> str:
        completion = self.openai.chat.completions.create(
            model=self.chat_model,
            max_tokens=80,
            messages=[{"role": "user", "content": SEO_PROMPT.format(content=content[:4000])}],
        )
        return (completion.choices[0].message.content or "").strip()[:155]

    def rewrite(self, text: str, instruction: str = "Tighten this paragraph.") -> str:
        model = self.conf.anthropic_model if self.conf else "claude-3-5-sonnet-latest"
        msg = self.anthropic.messages.create(
            model=model,
            max_tokens=self.max_tokens,
            system=REWRITE_SYSTEM,
            messages=[{"role": "user", "content": f"{instruction}\n\n{text}"}],
        )
        return msg.content[0].text

    def stream_rewrite(self, text: str):
        """Yields chunks for the streaming admin endpoint."""
        model = self.conf.anthropic_model if self.conf else "claude-3-5-sonnet-latest"
        with self.anthropic.messages.stream(
            model=model,
            max_tokens=self.max_tokens,
            system=REWRITE_SYSTEM,
            messages=[{"role": "user", "content": text}],
        ) as stream:
            for chunk in stream.text_stream:
                yield chunk

    def count_rewrite_tokens(self, text: str) -> int:
        # Free endpoint; used by the editor JS to warn about long selections.
        result = self.anthropic.messages.count_tokens(
            model="claude-3-5-sonnet-latest",
            messages=[{"role": "user", "content": text}],
        )
        return result.input_tokens

    def draft_faq(self, content: str, count: int = 5) -> list[FAQItem]:
        completion = self.openai.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            response_format=FAQList,
            messages=[
                {"role": "system", "content": f"Write {count} reader FAQs with short answers, based only on the text."},
                {"role": "user", "content": content[:12000]},
            ],
        )
        parsed = completion.choices[0].message.parsed
        return parsed.items if parsed else []

    ENTITY_TOOL = {
        "name": "record_entities",
        "description": "Record the people, organisations and places mentioned in the article.",
        "input_schema": {
            "type": "object",
            "properties": {
                "people": {"type": "array", "items": {"type": "string"}},
                "organisations": {"type": "array", "items": {"type": "string"}},
                "places": {"type": "array", "items": {"type": "string"}},
            },
            "required": ["people", "organisations", "places"],
        },
    }

    def extract_entities(self, content: str) -> dict:
        """Used to pre-fill tags; forced tool call so the output is structured."""
        msg = self.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=500,
            tools=[self.ENTITY_TOOL],
            tool_choice={"type": "tool", "name": "record_entities"},
            messages=[{"role": "user", "content": content[:10000]}],
        )
        for block in msg.content:
            if block.type == "tool_use":
                return dict(block.input)
        return {"people": [], "organisations": [], "places": []}


def get_assistant_for_request(request) -> EditorAssistant:
    """Cache the assistant on the request so several panels can share it."""
    assistant = getattr(request, "_ai_assistant", None)
    if assistant is None:
        assistant = EditorAssistant(site=AISettings.for_request(request).site)
        request._ai_assistant = assistant
    return assistant
