from unittest import TestCase, mock

from django.urls import reverse
from utilities.testing import APITestCase

from netbox_ai_assist.llm import registry
from netbox_ai_assist.services.config_review import review_config

from .fakes import FakeCohere, FakeOpenAI


class RegistryTest(TestCase):
    def tearDown(self):
        registry._REGISTRY.clear()

    def test_openai_compatible_backend(self):
        backend = registry.OpenAICompatibleBackend("openrouter", FakeOpenAI("hello"), "meta/llama")
        result = backend.complete([{"role": "user", "content": "hi"}], system="sys")
        self.assertEqual(result.text, "hello")
        self.assertEqual(result.input_tokens, 10)

    def test_cohere_backend(self):
        result = registry.CohereBackend(FakeCohere()).complete([{"role": "user", "content": "hi"}])
        self.assertEqual(result.text, "cohere says hi")

    def test_register_backend_overrides(self):
        fake = mock.Mock()
        registry.register_backend("openai", fake)
        self.assertIs(registry.get_backend("openai"), fake)

    @mock.patch("netbox_ai_assist.services.config_review.count_openai_tokens", return_value=10)
    def test_review_config_uses_injected_client(self, _count):
        client = FakeOpenAI("- telnet enabled on vty 0 4")
        result = review_config(client, "gpt-test", "line vty 0 4\n transport input telnet")
        self.assertIn("telnet", result.findings)
        client.chat.completions.create(model="x", messages=[])
        self.assertEqual(len(client.chat.completions.calls), 2)


class AskAPITest(APITestCase):
    @mock.patch("netbox_ai_assist.api.views.get_cohere_client")
    def test_ask_with_cohere(self, get_client):
        get_client.return_value = FakeCohere()
        self.add_permissions("netbox_ai_assist.add_conversation")
        url = reverse("plugins-api:netbox_ai_assist-api:ask-list")
        response = self.client.post(url, {"question": "Where is ams1-leaf-01?", "documents": ["rack A3"]}, format="json", **self.header)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.data["answer"], "cohere says hi")

    @mock.patch("netbox_ai_assist.services.search.get_cohere_client")
    @mock.patch("netbox_ai_assist.llm.embeddings.embed_cohere", return_value=[[0.1, 0.2]])
    def test_search_view_empty(self, _embed, get_client):
        get_client.return_value = FakeCohere()
        self.add_permissions("extras.view_journalentry")
        response = self.client.get(reverse("plugins:netbox_ai_assist:search") + "?q=bgp", **self.header)
        self.assertIn(response.status_code, (200, 302))
