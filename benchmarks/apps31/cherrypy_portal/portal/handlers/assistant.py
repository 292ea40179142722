"""Assistant pages and AJAX endpoints."""
import logging

import cherrypy

from portal import models
from portal.config import settings
from portal.plugins.db_plugin import current_session
from portal.services import feedback_service
from portal.services.assistant_service import AssistantService, InvoiceAgent, QuickAnswerer
from portal.services.billing_service import BillingService
from portal.services.translation_service import Translator
from portal.utils import openai_deltas, run_sync, sse

log = logging.getLogger("portal.handlers.assistant")


@cherrypy.tools.auth()
@cherrypy.tools.llm()
class AssistantPage:
    def _service(self):
        llm = cherrypy.request.llm
        return AssistantService(
            llm.anthropic,
            settings.llm.anthropic_model,
            fallback=QuickAnswerer(llm.groq, settings.llm.groq_model),
        )

    def _customer(self):
        return current_session().get(models.Customer, cherrypy.request.customer_id)

    @cherrypy.expose
    @cherrypy.tools.json_out()
    @cherrypy.tools.ratelimit(per_minute=15)
    @cherrypy.tools.moderate(field="message")
    def ask(self, message):
        customer = self._customer()
        text = self._service().reply(customer, message)
        if customer.locale and customer.locale != "en":
            text = Translator().translate(text, customer.locale)
        return {"answer": text}

    @cherrypy.expose
    @cherrypy.tools.ratelimit(per_minute=15)
    def stream(self, message):
        cherrypy.response.headers["Content-Type"] = "text/event-stream"
        return sse(self._service().stream_reply(self._customer(), message))

    stream._cp_config = {"response.stream": True}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def token_count(self, message):
        return {"tokens": self._service().count_prompt_tokens(self._customer(), message)}

    @cherrypy.expose
    @cherrypy.tools.ratelimit(per_minute=10)
    def fast(self, message):
        """Fireworks-hosted Llama streamed straight to the browser (beta flag)."""
        client = cherrypy.request.llm.fireworks
        stream = client.chat.completions.create(
            model=settings.llm.fireworks_model,
            messages=[{"role": "user", "content": message}],
            stream=True,
        )
        cherrypy.response.headers["Content-Type"] = "text/event-stream"
        return sse(openai_deltas(stream))

    fast._cp_config = {"response.stream": True}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def describe_screenshot(self, image_url):
        vision = cherrypy.request.llm.openai
        resp = vision.chat.completions.create(
            model="gpt-4o",
            messages=[{
                "role": "user",
                "content": [
                    {"type": "text", "text": "Describe the error shown in this screenshot."},
                    {"type": "image_url", "image_url": {"url": image_url}},
                ],
            }],
            max_tokens=300,
        )
        return {"description": resp.choices[0].message.content}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    @cherrypy.tools.ratelimit(per_minute=6)
    def billing(self, question):
        customer = self._customer()
        agent = InvoiceAgent(
            cherrypy.request.llm.openai,
            BillingService(current_session(), gateway=None),
            customer,
            model=settings.llm.azure_deployment if settings.llm.use_azure else settings.llm.openai_model,
        )
        return {"answer": agent.answer(question)}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def feedback(self, rating, comment=""):
        entry = {"rating": int(rating), "comment": comment[:2000]}
        if comment:
            entry.update(run_sync(feedback_service.tag_sentiment(comment)))
        cherrypy.session.setdefault("feedback", []).append(entry)
        return {"ok": True, "tags": entry}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def reset(self):
        cherrypy.session.pop("assistant_history", None)
        return {"ok": True}
