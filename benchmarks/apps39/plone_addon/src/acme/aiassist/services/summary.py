"""GET @ai-summary: return (and optionally generate) the summary."""
from acme.aiassist.behavior import IAISummary
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import truncate
from acme.aiassist.prompts import content_text
from acme.aiassist.utilities import get_provider
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import plone.protect.interfaces


@implementer(IPublishTraverse)
class SummaryGet(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def reply(self):
        behavior = IAISummary(self.context, None)
        if behavior is None:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": "No AI behavior"}}
        summary = behavior.ai_summary
        if not summary and "generate" in self.params:
            alsoProvides(
                self.request, plone.protect.interfaces.IDisableCSRFProtection
            )
            gemini = get_provider("google")
            response = gemini.client.models.generate_content(
                model=gemini.default_model(),
                contents=SUMMARY_PROMPT.substitute(
                    max_words=60,
                    title=self.context.Title(),
                    body=truncate(content_text(self.context)),
                ),
            )
            summary = behavior.ai_summary = response.text
            behavior.ai_summary_model = gemini.default_model()
        return {
            "@id": self.context.absolute_url() + "/@ai-summary",
            "summary": summary,
            "model": behavior.ai_summary_model,
        }
