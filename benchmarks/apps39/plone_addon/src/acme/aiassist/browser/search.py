"""@@ai-search: semantic search over stored embeddings plus an answer."""
from acme.aiassist.clients import get_openai_client
from acme.aiassist.settings import get_setting
from acme.aiassist.subscribers import EMBEDDING_KEY
from acme.aiassist.tracking import multi_model_service
from acme.aiassist.tracking import TaskComplexity
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.annotation.interfaces import IAnnotations

import asyncio
import math


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class SemanticSearchView(BrowserView):
    template = ViewPageTemplateFile("templates/search.pt")

    def __call__(self):
        self.query = self.request.form.get("q", "").strip()
        self.results = []
        self.answer = None
        if self.query:
            self.results = self.search(self.query)
            if self.request.form.get("answer"):
                self.answer = self.answer_question(self.query, self.results)
        return self.template()

    def embed_query(self, text):
        client = get_openai_client()
        result = client.embeddings.create(
            model=get_setting("openai_embedding_model", "text-embedding-3-small"),
            input=text,
        )
        return result.data[0].embedding

    def search(self, text, limit=10):
        vector = self.embed_query(text)
        scored = []
        for brain in api.content.find(context=api.portal.get(), sort_limit=500):
            obj = brain.getObject()
            stored = IAnnotations(obj).get(EMBEDDING_KEY + ".openai")
            if stored:
                scored.append((cosine(vector, stored), brain))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return [brain for _score, brain in scored[:limit]]

    def answer_question(self, question, brains):
        context = "\n\n".join(
            "{}: {}".format(b.Title, b.Description) for b in brains[:5]
        )
        return asyncio.run(
            multi_model_service.generate_response(
                prompt="Answer from these pages only.\n\n{}\n\nQ: {}".format(
                    context, question
                ),
                task_type="site_search_answer",
                complexity=TaskComplexity.SIMPLE,
            )
        )
