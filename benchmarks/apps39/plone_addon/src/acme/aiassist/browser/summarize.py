"""@@ai-summarize: (re)generate the summary of the current item."""
from acme.aiassist import _
from acme.aiassist.behavior import IAISummary
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.interfaces import ISummarizer
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import SUMMARY_SYSTEM
from acme.aiassist.prompts import truncate
from acme.aiassist.prompts import content_text
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from zope.component import getUtility
from zope.interface import alsoProvides


class SummarizeView(BrowserView):
    def __call__(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        behavior = IAISummary(self.context, None)
        messages = IStatusMessage(self.request)
        if behavior is None:
            messages.addStatusMessage(_("This type has no AI summary."), "warning")
            return self.request.response.redirect(self.context.absolute_url())
        length = int(self.request.form.get("words", 60))
        if self.request.form.get("engine") == "adapter":
            summary = ISummarizer(self.context).summarize(max_words=length)
            model = "adapter"
        else:
            summary, model = self._summarize(length)
        behavior.ai_summary = summary
        behavior.ai_summary_model = model
        self.context.reindexObject()
        messages.addStatusMessage(_("Summary updated."), "info")
        return self.request.response.redirect(self.context.absolute_url())

    def _summarize(self, max_words):
        provider = getUtility(IAIClientProvider, name="openai")
        model = provider.default_model()
        response = provider.client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {
                    "role": "user",
                    "content": SUMMARY_PROMPT.substitute(
                        max_words=max_words,
                        title=self.context.Title(),
                        body=truncate(content_text(self.context)),
                    ),
                },
            ],
        )
        return response.choices[0].message.content.strip(), model


class SummaryViewlet(BrowserView):
    """Small snippet rendered on the default view (no model call)."""

    def summary(self):
        behavior = IAISummary(self.context, None)
        return behavior.ai_summary if behavior else None
