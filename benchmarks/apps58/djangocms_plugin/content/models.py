from cms.models import CMSPlugin
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _


class AISummaryPluginModel(CMSPlugin):
    class Source(models.TextChoices):
        PAGE = "page", _("Whole page")
        PLACEHOLDER = "placeholder", _("This placeholder")
        MANUAL = "manual", _("Text entered below")

    heading = models.CharField(_("heading"), max_length=120, default="In short")
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.PAGE)
    manual_text = models.TextField(blank=True)
    sentences = models.PositiveSmallIntegerField(default=3)
    summary = models.TextField(blank=True, help_text=_("Generated; you may edit it by hand."))
    locked = models.BooleanField(default=False, help_text=_("Do not regenerate on publish."))
    generated_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.heading

    def source_title(self):
        page = self.placeholder.page if self.placeholder_id else None
        return page.get_title(self.language) if page else self.heading

    def collect_source_html(self):
        if self.source == self.Source.MANUAL:
            return self.manual_text
        placeholders = [self.placeholder]
        if self.source == self.Source.PAGE and self.placeholder.page:
            placeholders = list(self.placeholder.page.get_placeholders())
        chunks = []
        for ph in placeholders:
            for plugin in ph.get_plugins(self.language):
                if plugin.pk == self.pk:
                    continue
                instance, _ = plugin.get_plugin_instance()
                body = getattr(instance, "body", None)
                if body:
                    chunks.append(body)
        return "\n".join(chunks)

    def copy_relations(self, oldinstance):
        self.summary = oldinstance.summary


class RelatedPagesPluginModel(CMSPlugin):
    title = models.CharField(max_length=120, default="Related pages")
    limit = models.PositiveSmallIntegerField(default=4)
    use_rerank = models.BooleanField(default=False)
    query_hint = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return self.title


class FAQItemPluginModel(CMSPlugin):
    question = models.CharField(max_length=300)
    answer = models.TextField()
    short_answer = models.CharField(max_length=300, blank=True)

    def __str__(self):
        return self.question[:50]


class AskPluginModel(CMSPlugin):
    """Visitor-facing 'ask this page' box."""

    intro = models.CharField(max_length=200, default="Questions about this page?")
    model_choice = models.CharField(max_length=32, default="claude",
                                    choices=[("claude", "Claude"), ("mistral", "Mistral")])


class EditorComment(models.Model):
    page = models.ForeignKey("cms.Page", on_delete=models.CASCADE, related_name="editor_comments")
    author = models.CharField(max_length=100)
    text = models.TextField()
    flagged = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def excerpt(self):
        return strip_tags(self.text)[:80]


class PromptPreset(models.Model):
    """Editor-maintained prompt snippets shown in the toolbar menu."""

    name = models.CharField(max_length=80, unique=True)
    instruction = models.TextField()
    active = models.BooleanField(default=True)

    def __str__(self):
        return self.name

    def completion(self, text):
        """Not a model call: fills the preset with the selected text."""
        return f"{self.instruction.strip()}\n\n---\n{text}"
