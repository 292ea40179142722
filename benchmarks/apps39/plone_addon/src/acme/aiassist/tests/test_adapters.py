from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.interfaces import ISummarizer
from acme.aiassist.testing import ACME_AIASSIST_INTEGRATION_TESTING
from acme.aiassist.tests.fakes import FakeOpenAI
from acme.aiassist.tests.fakes import FakeProvider
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.textfield.value import RichTextValue
from zope.component import getGlobalSiteManager

from unittest import mock

import json
import unittest


class TestSummarizerAdapter(unittest.TestCase):
    layer = ACME_AIASSIST_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.fake = FakeOpenAI(text="Short summary.")
        self.provider = FakeProvider("openai", self.fake)
        gsm = getGlobalSiteManager()
        gsm.registerUtility(self.provider, IAIClientProvider, name="openai")
        self.doc = api.content.create(
            container=self.portal,
            type="Document",
            id="doc",
            title="A page",
            text=RichTextValue("<p>" + "word " * 200 + "</p>", "text/html", "text/html"),
        )

    def tearDown(self):
        getGlobalSiteManager().unregisterUtility(
            self.provider, IAIClientProvider, name="openai"
        )

    def test_summary_uses_provider(self):
        summary = ISummarizer(self.doc).summarize(max_words=20)
        self.assertEqual(summary, "Short summary.")
        call = self.fake.chat.completions.calls[0]
        self.assertEqual(call["model"], "fake-model")
        self.assertEqual(call["max_tokens"], 60)

    def test_fake_client_directly(self):
        response = self.fake.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
        )
        self.assertEqual(response.choices[0].message.content, "Short summary.")


class TestSuggestTagsView(unittest.TestCase):
    layer = ACME_AIASSIST_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.fake = FakeOpenAI(text=json.dumps({"keywords": ["plone", "ai", "news"]}))
        self.provider = FakeProvider("openrouter", self.fake)
        getGlobalSiteManager().registerUtility(
            self.provider, IAIClientProvider, name="openrouter"
        )
        self.doc = api.content.create(
            container=self.portal, type="Document", id="tagged", title="Tagged",
            subject=("news",),
        )

    def tearDown(self):
        getGlobalSiteManager().unregisterUtility(
            self.provider, IAIClientProvider, name="openrouter"
        )

    def test_existing_keywords_filtered(self):
        view = api.content.get_view("ai-suggest-tags", self.doc, self.request)
        data = json.loads(view())
        self.assertEqual(data["keywords"], ["plone", "ai"])

    def test_openrouter_called_with_json_mode(self):
        view = api.content.get_view("ai-suggest-tags", self.doc, self.request)
        view()
        call = self.fake.chat.completions.calls[-1]
        self.assertEqual(call["response_format"], {"type": "json_object"})

    @mock.patch("acme.aiassist.browser.tags.IKeywordExtractor")
    def test_mistral_engine_uses_adapter(self, extractor):
        extractor.return_value.keywords.return_value = ["x"]
        self.request.form["engine"] = "mistral"
        view = api.content.get_view("ai-suggest-tags", self.doc, self.request)
        self.assertEqual(json.loads(view())["keywords"], ["x"])
