from unittest import mock

from cms.api import add_plugin, create_page
from cms.test_utils.testcases import CMSTestCase
from django.test import override_settings

from content.cms_plugins import AISummaryPlugin, RelatedPagesPlugin
from tests.fakes import FakeAnthropic, FakeVoyage


@override_settings(AI_ENABLED=False)
class AISummaryPluginTests(CMSTestCase):
    def setUp(self):
        self.page = create_page("Home", "fullwidth.html", "en")
        self.placeholder = self.page.placeholders.get(slot="content")

    def test_renders_stored_summary(self):
        plugin = add_plugin(self.placeholder, AISummaryPlugin, "en", heading="TL;DR", summary="Stored text")
        html = self.render_plugin(plugin)
        self.assertIn("Stored text", html)

    @override_settings(AI_INLINE_RENDER=True)
    def test_inline_render_calls_anthropic_in_edit_mode(self):
        fake = FakeAnthropic(reply="Inline summary")
        plugin = add_plugin(self.placeholder, AISummaryPlugin, "en")
        cfg = mock.Mock(anthropic=fake)
        with mock.patch("content.cms_plugins.apps.get_app_config", return_value=cfg):
            request = self.get_page_request(self.page, self.get_superuser(), edit=True)
            context = AISummaryPlugin().render({"request": request}, plugin, self.placeholder)
        self.assertEqual(context["summary"], "Inline summary")
        self.assertEqual(len(fake.messages.calls), 1)


@override_settings(AI_ENABLED=False)
class RelatedPagesPluginTests(CMSTestCase):
    def test_query_hint_embeds_query(self):
        page = create_page("Blog", "fullwidth.html", "en")
        placeholder = page.placeholders.get(slot="content")
        plugin = add_plugin(placeholder, RelatedPagesPlugin, "en", query_hint="steel frames")
        fake = FakeVoyage()
        with mock.patch("content.cms_plugins.get_voyage", return_value=fake), \
                mock.patch("ai.embeddings.get_voyage", return_value=fake):
            context = RelatedPagesPlugin().render({}, plugin, placeholder)
        self.assertEqual(fake.embedded, ["steel frames"])
        self.assertEqual(context["related"], [])
