import logging

from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .ai_intro import INTRO_MODEL, draft_intro
from .ai_intro import client as intro_client
from .models import BlogPage, Category

logger = logging.getLogger(__name__)


@hooks.register("after_create_page")
def fill_blog_intro(request, page):
    page = page.specific
    if not isinstance(page, BlogPage) or page.intro:
        return
    try:
        page.intro = draft_intro(page)
        page.ai_generated_intro = True
        page.save_revision(user=request.user)
        messages.info(request, "An AI draft intro was added. Please check it before publishing.")
    except Exception:
        logger.exception("intro draft failed")


@hooks.register("after_edit_page")
def suggest_categories(request, page):
    page = page.specific
    if not isinstance(page, BlogPage) or page.categories.exists():
        return
    names = ", ".join(Category.objects.values_list("name", flat=True))
    resp = intro_client.chat.completions.create(
        model=INTRO_MODEL,
        messages=[
            {"role": "user", "content": f"Pick up to two categories from [{names}] for: {page.title}. Reply comma-separated."}
        ],
    )
    picked = [n.strip() for n in (resp.choices[0].message.content or "").split(",")]
    cats = Category.objects.filter(name__in=picked)
    if cats:
        messages.info(request, "Suggested categories: " + ", ".join(c.name for c in cats))


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(CategoryViewSet)
