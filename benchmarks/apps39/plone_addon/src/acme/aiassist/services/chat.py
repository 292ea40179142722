"""POST @ai-chat: non streaming chat for the Volto sidebar."""
from acme.aiassist.clients import get_anthropic_client
from acme.aiassist.clients import get_async_openai_client
from acme.aiassist.tracking import llm_tracker
from acme.aiassist.tracking import multi_model_service
from acme.aiassist.tracking import TaskComplexity
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides

import asyncio
import plone.protect.interfaces


class ChatPost(Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        data = json_body(self.request)
        prompt = data.get("message", "")
        mode = data.get("mode", "simple")
        if not prompt:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": "message missing"}}
        try:
            if mode == "agentic":
                text = asyncio.run(
                    multi_model_service.generate_response(
                        prompt=prompt,
                        task_type="volto_chat",
                        complexity=TaskComplexity.AGENTIC,
                    )
                )
            elif mode == "fast":
                text = asyncio.run(self._tracked_fast(prompt))
            else:
                text = asyncio.run(
                    multi_model_service.generate_response(
                        prompt=prompt, task_type="volto_chat"
                    )
                )
        except Exception:
            # fallback kept from 1.2 when the tracked service was flaky
            text = self._fallback(prompt)
        return {"reply": text, "mode": mode}

    async def _tracked_fast(self, prompt):
        async with llm_tracker.track_llm_call(
            provider="openai", model="gpt-4o-mini", feature_context="volto_chat_fast"
        ) as usage_log:
            response = await get_async_openai_client().chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=300,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    def _fallback(self, prompt):
        message = get_anthropic_client().messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=500,
            messages=[{"role": "user", "content": prompt}],
        )
        return message.content[0].text
