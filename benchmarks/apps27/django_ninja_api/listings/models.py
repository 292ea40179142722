from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models


class Listing(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        ACTIVE = "active"
        PENDING = "pending"
        SOLD = "sold"
        HIDDEN = "hidden"  # flagged by moderation

    class PropertyType(models.TextChoices):
        HOUSE = "house"
        CONDO = "condo"
        TOWNHOUSE = "townhouse"
        LAND = "land"
        MULTI = "multi_family"

    agent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="listings")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    property_type = models.CharField(max_length=16, choices=PropertyType.choices)
    title = models.CharField(max_length=200, blank=True)
    address = models.CharField(max_length=255)
    city = models.CharField(max_length=120)
    state = models.CharField(max_length=2)
    postal_code = models.CharField(max_length=10)
    price = models.DecimalField(max_digits=12, decimal_places=2)
    bedrooms = models.PositiveSmallIntegerField(default=0)
    bathrooms = models.DecimalField(max_digits=3, decimal_places=1, default=0)
    square_feet = models.PositiveIntegerField(null=True, blank=True)
    year_built = models.PositiveSmallIntegerField(null=True, blank=True)
    agent_notes = models.TextField(blank=True, help_text="Raw notes from the agent; input to copy generation")
    description = models.TextField(blank=True)
    description_es = models.TextField(blank=True)
    features = models.JSONField(default=dict, blank=True)
    market_note = models.TextField(blank=True)
    description_generated_at = models.DateTimeField(null=True, blank=True)
    moderation_flags = ArrayField(models.CharField(max_length=64), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["city", "status"])]

    def __str__(self):
        return self.title or self.address

    @property
    def summary_line(self) -> str:
        return f"{self.bedrooms}bd/{self.bathrooms}ba {self.get_property_type_display()} in {self.city}, {self.state}"


class ListingPhoto(models.Model):
    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(upload_to="listing_photos/%Y/%m/")
    caption = models.CharField(max_length=300, blank=True)
    room_type = models.CharField(max_length=40, blank=True)
    staged_image_url = models.URLField(blank=True)
    staging_prediction_id = models.CharField(max_length=64, blank=True)
    staging_style = models.CharField(max_length=40, blank=True)
    is_generated = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
