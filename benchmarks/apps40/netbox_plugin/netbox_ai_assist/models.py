from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from netbox.models import NetBoxModel

from .choices import ProviderChoices, SummaryStatusChoices


class PromptTemplate(NetBoxModel):
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=200, blank=True)
    system_prompt = models.TextField()
    user_template = models.TextField(help_text="Jinja2 template rendered with the object as `obj`")
    provider = models.CharField(max_length=30, choices=ProviderChoices, blank=True)
    model_name = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ("name",)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("plugins:netbox_ai_assist:prompttemplate", args=[self.pk])


class ObjectSummary(NetBoxModel):
    assigned_object_type = models.ForeignKey(to=ContentType, on_delete=models.CASCADE)
    assigned_object_id = models.PositiveBigIntegerField()
    assigned_object = GenericForeignKey(ct_field="assigned_object_type", fk_field="assigned_object_id")
    status = models.CharField(max_length=20, choices=SummaryStatusChoices, default=SummaryStatusChoices.STATUS_PENDING)
    text = models.TextField(blank=True)
    provider = models.CharField(max_length=30, choices=ProviderChoices, blank=True)
    model_name = models.CharField(max_length=100, blank=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    generated = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-generated",)
        constraints = (
            models.UniqueConstraint(
                fields=("assigned_object_type", "assigned_object_id"),
                name="netbox_ai_assist_objectsummary_unique_object",
            ),
        )

    def __str__(self):
        return f"Summary of {self.assigned_object}"

    def get_absolute_url(self):
        return reverse("plugins:netbox_ai_assist:objectsummary", args=[self.pk])

    def get_status_color(self):
        return SummaryStatusChoices.colors.get(self.status)


class Conversation(NetBoxModel):
    title = models.CharField(max_length=200)
    provider = models.CharField(max_length=30, choices=ProviderChoices)
    model_name = models.CharField(max_length=100, blank=True)
    user = models.ForeignKey(to="users.User", on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        ordering = ("-created",)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("plugins:netbox_ai_assist:conversation", args=[self.pk])

    def as_messages(self):
        return [{"role": m.role, "content": m.content} for m in self.messages.order_by("created")]


class ConversationMessage(models.Model):
    conversation = models.ForeignKey(to=Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=20)
    content = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("created",)


class JournalEmbedding(models.Model):
    journal_entry = models.OneToOneField(to="extras.JournalEntry", on_delete=models.CASCADE, related_name="+")
    provider = models.CharField(max_length=30, choices=ProviderChoices)
    vector = models.JSONField()
    updated = models.DateTimeField(auto_now=True)
    flagged = models.BooleanField(default=False)
