"""Long-form content generation (blog posts, newsletters, product copy)."""
import json
import logging
from dataclasses import dataclass, field

from lib import prompts
from lib.llm.clients import get_anthropic

log = logging.getLogger(__name__)


@dataclass
class ContentRequest:
    topic: str
    kind: str = "blog post"
    audience: str = "general"
    tone: str = "friendly"
    polish: bool = False
    extra: dict = field(default_factory=dict)


class ContentGenerator:
    """Outline -> draft -> (optional) polish pipeline.

    `client` is an OpenAI-protocol client; the polish pass always uses Claude.
    """

    def __init__(self, client, model: str = "gpt-4o-mini", editor_model: str = "claude-3-5-haiku-latest"):
        self.client = client
        self.model = model
        self.editor = get_anthropic()
        self.editor_model = editor_model

    def outline(self, req: ContentRequest) -> list[str]:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {
                    "role": "user",
                    "content": prompts.render(
                        prompts.OUTLINE_PROMPT, kind=req.kind, topic=req.topic, audience=req.audience
                    ),
                }
            ],
            temperature=0.4,
        )
        lines = (resp.choices[0].message.content or "").splitlines()
        return [ln.strip("-*# ").strip() for ln in lines if ln.strip()]

    def draft(self, req: ContentRequest, outline: list[str]) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.CHAT_SYSTEM},
                {
                    "role": "user",
                    "content": prompts.render(
                        prompts.DRAFT_PROMPT, kind=req.kind, tone=req.tone, outline="\n".join(outline)
                    ),
                },
            ],
            max_tokens=3000,
        )
        return resp.choices[0].message.content or ""

    def titles(self, topic: str, n: int = 5) -> list[str]:
        resp = self.client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "Respond with a JSON object {\"titles\": [...]}."},
                {"role": "user", "content": prompts.render(prompts.TITLES_PROMPT, n=n, topic=topic)},
            ],
        )
        try:
            return json.loads(resp.choices[0].message.content)["titles"][:n]
        except (KeyError, ValueError, TypeError):
            log.warning("title generation returned non-JSON")
            return []

    def polish(self, text: str, tone: str) -> str:
        msg = self.editor.messages.create(
            model=self.editor_model,
            max_tokens=4000,
            system=f"You are a copy editor. Tighten the prose, keep a {tone} tone, keep Markdown.",
            messages=[{"role": "user", "content": text}],
        )
        return msg.content[0].text

    def generate(self, req: ContentRequest) -> dict:
        outline = self.outline(req)
        body = self.draft(req, outline)
        if req.polish:
            body = self.polish(body, req.tone)
        return {"outline": outline, "body": body, "kind": req.kind}
