"""@@ai-chat: editor side-panel chat, streamed to the browser."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.prompts import PromptBuilder
from acme.aiassist.prompts import truncate
from acme.aiassist.prompts import content_text
from acme.aiassist.utilities import get_provider
from Products.Five.browser import BrowserView
from zope.component import getUtility

import json


CHAT_SYSTEM = (
    "You are an editorial assistant inside a CMS. The user is editing the "
    "page below. Be brief.\n\n---\n{page}\n---"
)


class ChatView(BrowserView):
    """POST {"message": ..., "history": [...]} -> text/event-stream."""

    def _messages(self, payload):
        builder = PromptBuilder(
            system=CHAT_SYSTEM.format(page=truncate(content_text(self.context), 6000))
        )
        for turn in payload.get("history", [])[-10:]:
            builder.add(turn["role"], turn["content"])
        builder.add("user", payload["message"])
        return builder.generate()

    def __call__(self):
        payload = json.loads(self.request.get("BODY") or b"{}")
        response = self.request.response
        response.setHeader("Content-Type", "text/event-stream")
        response.setHeader("Cache-Control", "no-cache")
        provider = get_provider(payload.get("provider"))
        if provider.name == "mistral":
            chunks = self._stream_mistral(payload)
        else:
            chunks = self._stream_openai(payload)
        for chunk in chunks:
            response.write(("data: %s\n\n" % json.dumps({"delta": chunk})).encode())
        response.write(b"data: [DONE]\n\n")
        return ""

    def _stream_openai(self, payload):
        provider = getUtility(IAIClientProvider, name="openai")
        stream = provider.client.chat.completions.create(
            model=provider.default_model(),
            messages=self._messages(payload),
            stream=True,
        )
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                yield event.choices[0].delta.content

    def _stream_mistral(self, payload):
        client = getUtility(IAIClientProvider, name="mistral").client
        with client.chat.stream(
            model="mistral-small-latest", messages=self._messages(payload)
        ) as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if delta:
                    yield delta
