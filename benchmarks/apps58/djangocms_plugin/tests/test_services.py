import asyncio
from unittest import mock

from django.core.cache import cache
from django.test import SimpleTestCase, override_settings

from ai import seo, translation
from ai.summaries import SummaryService
from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
class SummaryServiceTests(SimpleTestCase):
    def setUp(self):
        cache.clear()

    def test_summarize_uses_client_and_caches(self):
        fake = FakeAnthropic(reply="Short summary.")
        service = SummaryService(client=fake, model="claude-test")
        self.assertEqual(service.summarize("Title", "<p>Body text</p>"), "Short summary.")
        self.assertEqual(service.summarize("Title", "<p>Body text</p>"), "Short summary.")
        self.assertEqual(len(fake.messages.calls), 1)
        self.assertEqual(fake.messages.calls[0]["model"], "claude-test")

    def test_empty_body_skips_request(self):
        fake = FakeAnthropic()
        self.assertEqual(SummaryService(client=fake).summarize("T", "<p> </p>"), "")
        self.assertEqual(fake.messages.calls, [])

    def test_fallback_to_openai(self):
        broken = FakeAnthropic()
        broken.messages.create = mock.Mock(side_effect=RuntimeError("overloaded"))
        fallback = FakeOpenAI(reply="Fallback summary")
        service = SummaryService(client=broken, fallback=fallback)
        self.assertEqual(service.summarize("T", "<p>x</p>", use_cache=False), "Fallback summary")
        self.assertEqual(fallback.chat.completions.calls[0]["model"], "gpt-4o-mini")

    def test_fake_direct(self):
        fake = FakeOpenAI(reply="hi")
        resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
        self.assertEqual(resp.choices[0].message.content, "hi")


class SeoTests(SimpleTestCase):
    def test_clean_description_truncates(self):
        text = seo.clean_description('"' + "word " * 60 + '."')
        self.assertLessEqual(len(text), seo.MAX_LEN)
        self.assertFalse(text.startswith('"'))

    def test_generate_with_injected_client(self):
        fake = FakeOpenAI(reply="A great page about bikes.")
        self.assertEqual(seo.generate_meta_description("Bikes", "body", client=fake), "A great page about bikes")

    def test_slug_suggester(self):
        self.assertEqual(seo.SlugSuggester(max_words=3).generate("The History of the Bicycle in Leipzig"),
                         "history-bicycle-leipzig")


class TranslationTests(SimpleTestCase):
    def test_same_language_is_noop(self):
        self.assertEqual(translation.translate("Hallo", "de", "de"), "Hallo")

    def test_backend_registry(self):
        with mock.patch("ai.translation.get_mistral", return_value=FakeMistral("Bonjour")):
            self.assertEqual(translation.translate("Hello", "en", "fr"), "Bonjour")

    def test_unknown_backend(self):
        with self.assertRaises(ValueError):
            translation.translate("Hello", "en", "fr", backend="babelfish")

    def test_async_fields(self):
        with mock.patch("ai.translation.get_mistral", return_value=FakeMistral("Hola")):
            out = asyncio.run(translation.translate_fields({"a": "Hi", "b": "Bye"}, "en", "es"))
        self.assertEqual(out, {"a": "Hola", "b": "Hola"})
