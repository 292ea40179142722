from unittest import mock

from django.test import TestCase, override_settings

from ai import tasks
from ai.costs import calculate_cost
from tests.fakes import FakeOpenAI


@override_settings(CELERY_TASK_ALWAYS_EAGER=True, AI_ENABLED=False)
class TaskTests(TestCase):
    def test_moderation_marks_flag(self):
        from cms.api import create_page

        from content.models import EditorComment

        page = create_page("P", "fullwidth.html", "en")
        comment = EditorComment.objects.create(page=page, author="ed", text="hello")
        fake = FakeOpenAI()
        with mock.patch("ai.tasks.apps.get_app_config", return_value=mock.Mock(openai=fake)):
            tasks.moderate_comment_task(comment.pk)
        comment.refresh_from_db()
        self.assertFalse(comment.flagged)

    def test_alt_text_uses_openai_for_photos(self):
        image = mock.Mock(original_filename="beach.jpg")
        with mock.patch("filer.models.Image.objects.get", return_value=image), \
                mock.patch("ai.tasks.describe_image", return_value="A beach at dawn") as describe, \
                mock.patch("ai.tasks.get_openai", return_value=FakeOpenAI()):
            self.assertEqual(tasks.generate_alt_text_task(1), "A beach at dawn")
        describe.assert_called_once()

    def test_cost(self):
        self.assertGreater(calculate_cost("gpt-4o-mini", 1_000_000, 0), 0)
