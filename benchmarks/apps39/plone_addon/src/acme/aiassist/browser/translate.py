"""@@ai-translate: draft a translation with Claude."""
from acme.aiassist.clients import get_anthropic_client
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.prompts import TRANSLATE_PROMPT
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.component import queryUtility

import json


LANGUAGES = {
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "es": "Spanish",
}


class TranslateView(BrowserView):
    template = ViewPageTemplateFile("templates/translate.pt")

    def languages(self):
        return sorted(LANGUAGES.items(), key=lambda kv: kv[1])

    def __call__(self):
        self.result = None
        if self.request.method == "POST" and "form.submitted" in self.request.form:
            lang = self.request.form.get("language", "de")
            self.result = self.translate(lang)
            if self.request.get_header("Accept") == "application/json":
                self.request.response.setHeader("Content-Type", "application/json")
                return json.dumps({"language": lang, "html": self.result})
        return self.template()

    def translate(self, lang):
        provider = queryUtility(IAIClientProvider, name="anthropic")
        if provider is None:
            api.portal.show_message("Anthropic is not configured.", self.request, "error")
            return None
        text = getattr(self.context, "text", None)
        html = text.raw if isinstance(text, RichTextValue) else self.context.Description()
        message = provider.client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=4096,
            messages=[
                {
                    "role": "user",
                    "content": TRANSLATE_PROMPT.substitute(
                        language=LANGUAGES.get(lang, lang), html=html
                    ),
                }
            ],
        )
        return message.content[0].text


STYLES = {
    "plain": "Rewrite in plain language (B1 level).",
    "shorter": "Make it about half as long, keep the meaning.",
    "formal": "Rewrite in a formal tone.",
}


class RewriteView(BrowserView):
    def __call__(self):
        CheckAuthenticator(self.request)
        payload = json.loads(self.request.get("BODY") or b"{}")
        style = STYLES.get(payload.get("style"), STYLES["plain"])
        client = get_anthropic_client()
        message = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=1024,
            system=style + " Return only the rewritten HTML fragment.",
            messages=[{"role": "user", "content": payload.get("html", "")}],
        )
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"html": message.content[0].text})
