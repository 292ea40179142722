from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BODY_BLOCKS


class TableOfContents:
    """Builds an anchor list from heading blocks."""

    def __init__(self, body):
        self.body = body

    def generate(self):
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append({"title": block.value, "anchor": slugify(block.value)})
        return entries


class HomePage(Page):
    intro = RichTextField(blank=True)
    body = StreamField(BODY_BLOCKS, blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    max_count = 1
    subpage_types = ["blog.BlogIndexPage", "home.StandardPage"]


class StandardPage(Page):
    intro = models.TextField(blank=True)
    body = StreamField(BODY_BLOCKS, blank=True, use_json_field=True)
    ai_keywords = models.CharField(max_length=255, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("ai_keywords")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = TableOfContents(self.body).generate()
        return context
