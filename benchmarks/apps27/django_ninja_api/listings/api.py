from __future__ import annotations

import logging

from asgiref.sync import sync_to_async
from django.apps import apps
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django_q.tasks import async_task
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from core.services.multi_model_service import TaskComplexity, multi_model_service

from . import services, staging
from .models import Listing, ListingPhoto
from .schemas import (
    GenerateCopyIn,
    GeneratedCopyOut,
    ListingIn,
    ListingOut,
    ListingPatch,
    ReplicateWebhook,
    RewriteIn,
    RewriteOut,
    StageIn,
    StageOut,
)

logger = logging.getLogger(__name__)
router = Router(tags=["listings"])


class ListingFilters(Schema):
    city: str | None = None
    status: Listing.Status | None = None
    min_price: int | None = None
    max_price: int | None = None
    bedrooms: int | None = None


@router.get("/", response=list[ListingOut])
@paginate
def list_listings(request, filters: ListingFilters = Query(...)):
    qs = Listing.objects.prefetch_related("photos").exclude(status=Listing.Status.HIDDEN)
    if filters.city:
        qs = qs.filter(city__iexact=filters.city)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.min_price:
        qs = qs.filter(price__gte=filters.min_price)
    if filters.max_price:
        qs = qs.filter(price__lte=filters.max_price)
    if filters.bedrooms:
        qs = qs.filter(bedrooms__gte=filters.bedrooms)
    return qs


@router.post("/", response={201: ListingOut})
def create_listing(request, payload: ListingIn):
    listing = Listing.objects.create(agent=request.user, **payload.dict())
    return 201, listing


@router.get("/{listing_id}", response=ListingOut)
def get_listing(request, listing_id: int):
    return get_object_or_404(Listing.objects.prefetch_related("photos"), pk=listing_id)


@router.patch("/{listing_id}", response=ListingOut)
def update_listing(request, listing_id: int, payload: ListingPatch):
    listing = get_object_or_404(Listing, pk=listing_id, agent=request.user)
    for attr, value in payload.dict(exclude_unset=True).items():
        setattr(listing, attr, value)
    listing.save()
    return listing


@router.post("/{listing_id}/copy", response=GeneratedCopyOut)
def generate_copy(request, listing_id: int, payload: GenerateCopyIn):
    listing = get_object_or_404(Listing, pk=listing_id, agent=request.user)
    text = services.generate_listing_description(listing, tone=payload.tone, max_words=payload.max_words)
    services.apply_generated_copy(listing, text)
    return {"listing_id": listing.pk, "description": text, "generated_at": listing.description_generated_at}


@router.post("/{listing_id}/copy/async", response=GeneratedCopyOut)
async def generate_copy_async(request, listing_id: int, payload: GenerateCopyIn):
    """New path (PLAT-388): routed + tracked through multi_model_service."""
    listing = await Listing.objects.aget(pk=listing_id)
    facts = services.ListingFacts(listing).render()
    text = await multi_model_service.generate_response(
        prompt=f"Write a {payload.tone} listing description, max {payload.max_words} words.\n\n{facts}",
        task_type="listing_copy",
        complexity=TaskComplexity.STANDARD,
        system=services.COPY_SYSTEM_PROMPT,
        user_id=request.user.pk,
    )
    text = services.scrub_copy(text)
    await sync_to_async(services.apply_generated_copy)(listing, text)
    return {"listing_id": listing.pk, "description": text, "generated_at": timezone.now()}


@router.post("/{listing_id}/copy/queue", response={202: dict})
def queue_copy(request, listing_id: int):
    task_id = async_task("listings.tasks.regenerate_description", listing_id, group="copy")
    return 202, {"task_id": task_id}


@router.post("/rewrite", response=RewriteOut)
def rewrite_text(request, payload: RewriteIn):
    """Quick inline rewrite used by the editor toolbar."""
    if len(payload.text) > 6000:
        raise HttpError(413, "Text too long to rewrite")
    client = apps.get_app_config("core").anthropic
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=1024,
        system=services.COPY_SYSTEM_PROMPT,
        messages=[{"role": "user", "content": f"{payload.instruction}\n\n<text>\n{payload.text}\n</text>"}],
    )
    return {"text": message.content[0].text}


@router.post("/{listing_id}/title", response=RewriteOut)
def suggest_title(request, listing_id: int):
    listing = get_object_or_404(Listing, pk=listing_id)
    return {"text": services.suggest_title(listing)}


@router.post("/{listing_id}/photos/{photo_id}/stage", response={202: StageOut})
def stage_photo(request, listing_id: int, photo_id: int, payload: StageIn):
    photo = get_object_or_404(ListingPhoto, pk=photo_id, listing_id=listing_id)
    photo.room_type = payload.room_type
    photo.save(update_fields=["room_type"])
    prediction_id = staging.start_staging_prediction(photo, style=payload.style)
    return 202, {"photo_id": photo.pk, "prediction_id": prediction_id, "status": "starting"}


@router.post("/staging/webhook", auth=None, include_in_schema=False)
def staging_webhook(request, payload: ReplicateWebhook):
    with transaction.atomic():
        photo = ListingPhoto.objects.select_for_update().filter(staging_prediction_id=payload.id).first()
        if photo is None:
            return {"ok": False}
        if payload.status == "succeeded" and payload.output:
            out = payload.output[0] if isinstance(payload.output, list) else payload.output
            ListingPhoto.objects.create(
                listing=photo.listing,
                image=photo.image,
                staged_image_url=out,
                staging_style=photo.staging_style,
                room_type=photo.room_type,
                is_generated=True,
                position=photo.position + 1,
            )
        else:
            logger.warning("staging %s ended as %s: %s", payload.id, payload.status, payload.error)
    return {"ok": True}


@router.get("/{listing_id}/photos/{photo_id}/caption")
async def caption(request, listing_id: int, photo_id: int):
    photo = await ListingPhoto.objects.aget(pk=photo_id, listing_id=listing_id)
    return await staging.caption_photo_async(photo)
