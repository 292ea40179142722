from datetime import datetime
from decimal import Decimal

from ninja import Field, ModelSchema, Schema
from pydantic import BaseModel

from .models import Listing, ListingPhoto


class PhotoOut(ModelSchema):
    class Meta:
        model = ListingPhoto
        fields = ["id", "image", "caption", "room_type", "staged_image_url", "is_generated"]


class ListingIn(Schema):
    property_type: Listing.PropertyType
    address: str
    city: str
    state: str = Field(..., min_length=2, max_length=2)
    postal_code: str
    price: Decimal
    bedrooms: int = 0
    bathrooms: Decimal = Decimal("0")
    square_feet: int | None = None
    year_built: int | None = None
    agent_notes: str = ""


class ListingPatch(Schema):
    title: str | None = None
    price: Decimal | None = None
    status: Listing.Status | None = None
    description: str | None = None
    agent_notes: str | None = None


class ListingOut(ModelSchema):
    photos: list[PhotoOut] = []

    class Meta:
        model = Listing
        fields = [
            "id",
            "status",
            "property_type",
            "title",
            "address",
            "city",
            "state",
            "price",
            "bedrooms",
            "bathrooms",
            "square_feet",
            "description",
            "features",
            "market_note",
        ]


class GenerateCopyIn(Schema):
    tone: str = Field("warm", pattern="^(warm|luxury|concise|investor)$")
    max_words: int = Field(180, ge=40, le=400)


class GeneratedCopyOut(Schema):
    listing_id: int
    description: str
    generated_at: datetime


class RewriteIn(Schema):
    text: str
    instruction: str = "Make this friendlier without adding facts."


class RewriteOut(Schema):
    text: str


class StageIn(Schema):
    style: str = "modern"
    room_type: str = "living room"


class StageOut(Schema):
    photo_id: int
    prediction_id: str | None = None
    status: str


class ReplicateWebhook(Schema):
    id: str
    status: str
    output: list[str] | str | None = None
    error: str | None = None


# Used as an OpenAI structured-output response_format, hence plain pydantic.
class ListingFeatures(BaseModel):
    has_garage: bool
    has_pool: bool
    has_fireplace: bool
    renovated_kitchen: bool
    hoa: bool
    parking_spaces: int
    outdoor_space: str | None
    highlights: list[str]
