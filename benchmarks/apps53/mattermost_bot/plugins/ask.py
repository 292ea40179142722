"""`ask` command: general Q&A with per-thread memory."""
from __future__ import annotations

import asyncio
import logging
import re

from mmpy_bot import Message, Plugin, WebHookEvent, listen_to, listen_webhook

from services import TaskComplexity, multi_model_service
from services.conversation_store import ConversationStore, Turn
from services.embeddings import RunbookIndex, embed_query
from services.moderation import ModerationGate
from services.prompts import ASSISTANT_SYSTEM
from services.provider_switch import ProviderSwitch
from utils.text import chunk_for_mattermost, thread_key

logger = logging.getLogger(__name__)

_PROVIDER_PREFIX = re.compile(r"^@(\w+)\s+(.*)$", re.S)


class AskPlugin(Plugin):
    def __init__(
        self,
        switch: ProviderSwitch,
        store: ConversationStore,
        moderation: ModerationGate,
        runbooks: RunbookIndex | None = None,
        openai_client=None,
    ) -> None:
        super().__init__()
        self.switch = switch
        self.store = store
        self.moderation = moderation
        self.runbooks = runbooks
        self.openai = openai_client

    def on_start(self):
        logger.info("AskPlugin ready, providers=%s", ",".join(self.switch.available()))

    @listen_to("^ask (.*)$", re.S)
    async def ask(self, message: Message, question: str):
        provider = None
        match = _PROVIDER_PREFIX.match(question)
        if match:
            provider, question = match.group(1), match.group(2)

        if not self.moderation.is_allowed(question):
            self.driver.reply_to(message, "Sorry, I can't help with that one.")
            return

        key = thread_key(message)
        messages = [{"role": "system", "content": ASSISTANT_SYSTEM}]
        context = await self._runbook_context(question)
        if context:
            messages.append({"role": "system", "content": f"Relevant runbooks:\n{context}"})
        messages.extend(self.store.messages(key))
        messages.append({"role": "user", "content": question})

        result = await asyncio.to_thread(self.switch.complete, messages, provider)
        self.store.append(Turn(key, "user", question, user=message.sender_name))
        self.store.append(Turn(key, "assistant", result.text))
        for part in chunk_for_mattermost(result.text):
            self.driver.reply_to(message, part)

    @listen_to("^quick (.*)$")
    async def quick(self, message: Message, question: str):
        """Cheap one-shot answer, no memory. Goes through the tracked service."""
        answer = await multi_model_service.generate_response(
            prompt=question,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=ASSISTANT_SYSTEM,
        )
        self.driver.reply_to(message, answer)

    @listen_to("^explain (.*)$", re.S)
    async def explain_stream(self, message: Message, snippet: str):
        """Streams a code explanation, editing the reply post as tokens arrive."""
        post = self.driver.reply_to(message, "_thinking..._")
        stream = await self.openai.chat.completions.create(
            model="gpt-4o",
            stream=True,
            messages=[
                {"role": "system", "content": "Explain this code to a new team member."},
                {"role": "user", "content": snippet},
            ],
        )
        buffer = ""
        last_len = 0
        async for chunk in stream:
            if not chunk.choices:
                continue
            buffer += chunk.choices[0].delta.content or ""
            if len(buffer) - last_len > 200:
                self.driver.posts.patch_post(post["id"], {"id": post["id"], "message": buffer})
                last_len = len(buffer)
        self.driver.posts.patch_post(post["id"], {"id": post["id"], "message": buffer})

    @listen_to("^draw (.*)$")
    async def draw(self, message: Message, prompt: str):
        """Architecture-diagram style illustrations for slides. Rate limited by the admins."""
        if not self.moderation.is_allowed(prompt):
            self.driver.reply_to(message, "That prompt was blocked by moderation.")
            return
        image = await self.openai.images.generate(
            model="gpt-image-1",
            prompt=f"Clean flat technical illustration: {prompt}",
            size="1024x1024",
            n=1,
        )
        url = image.data[0].url or "(image returned as base64; see bot logs)"
        self.driver.reply_to(message, f"![generated]({url})")

    @listen_webhook("ask")
    async def ask_hook(self, event: WebHookEvent):
        """Lets other internal tools (e.g. the on-call CLI) ask the assistant."""
        body = event.body or {}
        question = (body.get("question") or "").strip()
        if not question:
            self.driver.respond(event, {"error": "missing question"})
            return
        messages = [{"role": "system", "content": ASSISTANT_SYSTEM}, {"role": "user", "content": question}]
        result = await asyncio.to_thread(self.switch.complete, messages, body.get("provider"))
        self.driver.respond(
            event,
            {
                "answer": result.text,
                "provider": result.provider,
                "model": result.model,
                "usage": {"input": result.input_tokens, "output": result.output_tokens},
            },
        )

    @listen_to("^history$")
    async def show_history(self, message: Message):
        turns = self.store.history(thread_key(message))
        if not turns:
            self.driver.reply_to(message, "No conversation memory in this thread.")
            return
        lines = [f"- **{t.role}**: {t.content[:120]}" for t in turns]
        self.driver.reply_to(message, "\n".join(lines))

    @listen_to("^forget$")
    async def forget(self, message: Message):
        removed = self.store.clear(thread_key(message))
        self.driver.reply_to(message, f"Forgot {removed} messages in this thread.")

    async def _runbook_context(self, question: str) -> str:
        if not self.runbooks or not len(self.runbooks):
            return ""
        vector = await embed_query(question)
        hits = self.runbooks.search(vector, k=2)
        return "\n\n".join(f"### {title}\n{body[:1500]}" for title, body, score in hits if score > 0.35)
