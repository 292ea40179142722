from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.snippets.models import register_snippet


PROVIDER_CHOICES = [
    ("openai", "OpenAI"),
    ("anthropic", "Anthropic"),
    ("mistral", "Mistral"),
]


@register_setting(icon="cogs")
class AISettings(BaseSiteSetting):
    """Per-site provider configuration, editable in Settings > AI."""

    enabled = models.BooleanField(default=True)
    default_provider = models.CharField(max_length=20, choices=PROVIDER_CHOICES, default="openai")
    chat_model = models.CharField(max_length=80, default="gpt-4o-mini")
    anthropic_model = models.CharField(max_length=80, default="claude-3-5-sonnet-latest")
    mistral_model = models.CharField(max_length=80, default="mistral-small-latest")
    openai_api_key = models.CharField(max_length=200, blank=True)
    anthropic_api_key = models.CharField(max_length=200, blank=True)
    mistral_api_key = models.CharField(max_length=200, blank=True)
    cohere_api_key = models.CharField(max_length=200, blank=True)
    perplexity_api_key = models.CharField(max_length=200, blank=True)
    max_output_tokens = models.PositiveIntegerField(default=800)
    auto_summarise_on_publish = models.BooleanField(default=False)
    auto_alt_text = models.BooleanField(default=True)
    moderate_comments = models.BooleanField(default=True)

    panels = [
        FieldPanel("enabled"),
        MultiFieldPanel(
            [
                FieldPanel("default_provider"),
                FieldPanel("chat_model"),
                FieldPanel("anthropic_model"),
                FieldPanel("mistral_model"),
                FieldPanel("max_output_tokens"),
            ],
            heading="Models",
        ),
        MultiFieldPanel(
            [
                FieldPanel("openai_api_key"),
                FieldPanel("anthropic_api_key"),
                FieldPanel("mistral_api_key"),
                FieldPanel("cohere_api_key"),
                FieldPanel("perplexity_api_key"),
            ],
            heading="API keys (leave blank to use environment)",
        ),
        MultiFieldPanel(
            [
                FieldPanel("auto_summarise_on_publish"),
                FieldPanel("auto_alt_text"),
                FieldPanel("moderate_comments"),
            ],
            heading="Automation",
        ),
    ]

    class Meta:
        verbose_name = "AI settings"


@register_snippet
class PromptTemplate(models.Model):
    """Editable prompt snippets so editors can tweak wording without a deploy."""

    key = models.SlugField(unique=True)
    title = models.CharField(max_length=120)
    system_prompt = models.TextField(blank=True)
    template = models.TextField(help_text="Python format string; {content} is replaced.")
    temperature = models.FloatField(default=0.3)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("system_prompt"),
        FieldPanel("template"),
        FieldPanel("temperature"),
    ]

    def __str__(self):
        return self.title

    def render(self, **context):
        return self.template.format(**context)

    @classmethod
    def get_text(cls, key, default=""):
        obj = cls.objects.filter(key=key).first()
        return obj if obj else cls(key=key, title=key, template=default)


class AIUsageRecord(models.Model):
    """Rows written by ai.services.llm_usage_tracker."""

    created_at = models.DateTimeField(auto_now_add=True)
    provider = models.CharField(max_length=40)
    model = models.CharField(max_length=120)
    feature_context = models.CharField(max_length=120)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    succeeded = models.BooleanField(default=True)

    class Meta:
        ordering = ["-created_at"]


class GeneratedSummary(models.Model):
    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="ai_summary")
    summary = models.TextField()
    model = models.CharField(max_length=120)
    updated_at = models.DateTimeField(auto_now=True)


class ReaderQuestion(models.Model):
    """Questions submitted through the 'Ask the newsroom' form."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="reader_questions")
    name = models.CharField(max_length=80)
    email = models.EmailField()
    question = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    flagged = models.BooleanField(default=False)
    flag_reasons = models.CharField(max_length=255, blank=True)
    suggested_answer = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.question[:40]}"
