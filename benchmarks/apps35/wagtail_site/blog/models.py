from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.blocks import BODY_BLOCKS


@register_snippet
class Author(models.Model):
    name = models.CharField(max_length=120)
    bio = models.TextField(blank=True)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldPanel("name"), FieldPanel("bio"), FieldPanel("photo")]

    def __str__(self):
        return self.name


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE)


class BlogIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["blog.BlogPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["posts"] = BlogPage.objects.child_of(self).live().order_by("-first_published_at")
        return context


class BlogPage(Page):
    date = models.DateField("Post date")
    intro = models.CharField(max_length=300)
    body = StreamField(BODY_BLOCKS, use_json_field=True)
    authors = ParentalManyToManyField("blog.Author", blank=True)
    categories = ParentalManyToManyField("blog.Category", blank=True)
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    ai_keywords = models.CharField(max_length=255, blank=True)
    ai_generated_intro = models.BooleanField(default=False)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("authors"), FieldPanel("categories"), FieldPanel("tags")], heading="Meta"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("ai_keywords"), FieldPanel("ai_generated_intro")]
    parent_page_types = ["blog.BlogIndexPage"]

    @property
    def summary(self):
        stored = getattr(self, "ai_summary", None)
        return stored.summary if stored else self.intro
