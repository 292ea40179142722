import uuid

from django.conf import settings
from django.db import models


class Tenant(models.Model):
    class Plan(models.TextChoices):
        STARTER = "starter"
        GROWTH = "growth"
        ENTERPRISE = "enterprise"

    class ChatProvider(models.TextChoices):
        AZURE = "azure", "Azure OpenAI"
        BEDROCK = "bedrock", "AWS Bedrock"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    plan = models.CharField(max_length=20, choices=Plan.choices, default=Plan.STARTER)
    # Enterprise customers with data residency requirements are pinned to Bedrock.
    chat_provider = models.CharField(max_length=20, choices=ChatProvider.choices, default=ChatProvider.AZURE)
    embedding_provider = models.CharField(max_length=20, default=settings.DEFAULT_EMBEDDING_PROVIDER)
    monthly_ai_budget_cents = models.PositiveIntegerField(default=5_000)
    stripe_customer_id = models.CharField(max_length=64, blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner"
        ADMIN = "admin"
        AGENT = "agent"
        VIEWER = "viewer"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.AGENT)

    class Meta:
        unique_together = ("tenant", "user")


class WebhookEndpoint(models.Model):
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="webhook_endpoints")
    url = models.URLField()
    secret = models.CharField(max_length=64)
    events = models.JSONField(default=list)
    is_active = models.BooleanField(default=True)


class OnboardingStep(models.Model):
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="onboarding_steps")
    key = models.CharField(max_length=50)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        unique_together = ("tenant", "key")


class TenantScopedQuerySet(models.QuerySet):
    def for_tenant(self, tenant):
        return self.filter(tenant=tenant)


class TenantScopedModel(models.Model):
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TenantScopedQuerySet.as_manager()

    class Meta:
        abstract = True


class AIUsageEvent(TenantScopedModel):
    """Per-tenant usage roll-up that finance bills from."""

    feature = models.CharField(max_length=64)
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=128)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cost_micros = models.PositiveBigIntegerField(default=0)
