"""@@ai-suggest-tags: keyword suggestions for the Subject widget."""
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.interfaces import IKeywordExtractor
from acme.aiassist.prompts import TAGS_PROMPT
from acme.aiassist.prompts import truncate
from acme.aiassist.prompts import content_text
from Products.Five.browser import BrowserView
from zope.component import getUtility

import json


class SuggestTagsView(BrowserView):
    def __call__(self):
        limit = int(self.request.form.get("limit", 8))
        engine = self.request.form.get("engine", "openrouter")
        if engine == "mistral":
            keywords = IKeywordExtractor(self.context).keywords(limit=limit)
        else:
            keywords = self.suggest(limit)
        existing = set(self.context.Subject())
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps(
            {"keywords": [k for k in keywords if k not in existing]}
        )

    def suggest(self, limit):
        openrouter = getUtility(IAIClientProvider, name="openrouter")
        completion = openrouter.client.chat.completions.create(
            model=openrouter.default_model(),
            messages=[
                {
                    "role": "user",
                    "content": TAGS_PROMPT.substitute(
                        limit=limit,
                        title=self.context.Title(),
                        body=truncate(content_text(self.context), 6000),
                    ),
                }
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            return json.loads(completion.choices[0].message.content)["keywords"]
        except (KeyError, ValueError, TypeError):
            return []
