import asyncio

from django.core.management.base import BaseCommand, CommandError
from django.utils.html import strip_tags
from wagtail.models import Locale, Page

from ai.clients import get_mistral_client
from ai.services.translation import LANG_NAMES, translate, translate_blocks


class Command(BaseCommand):
    help = "Machine-translate page titles and bodies into a target locale (creates drafts)."

    def add_arguments(self, parser):
        parser.add_argument("lang", choices=sorted(LANG_NAMES))
        parser.add_argument("--page", type=int, action="append", dest="pages")
        parser.add_argument("--model", default="mistral-large-latest")
        parser.add_argument("--check", action="store_true", help="Back-translate titles to spot drift")

    def handle(self, *args, lang, pages, model, check, **options):
        try:
            locale = Locale.objects.get(language_code=lang)
        except Locale.DoesNotExist:
            raise CommandError(f"No locale {lang}; add it in Settings > Locales first")
        qs = Page.objects.live().filter(locale__language_code="en")
        if pages:
            qs = qs.filter(pk__in=pages)
        mistral = get_mistral_client()
        for page in qs.specific():
            translated_title = translate(page.title, lang, model=model, client=mistral)
            body = getattr(page, "body", None)
            blocks = [str(b.value) for b in body if b.block_type == "paragraph"] if body else []
            translated_blocks = asyncio.run(translate_blocks(blocks, lang, model=model)) if blocks else []
            if check:
                back = mistral.chat.complete(
                    model="mistral-small-latest",
                    messages=[{"role": "user", "content": f"Translate to English: {translated_title}"}],
                )
                self.stdout.write(f"{page.title!r} -> {translated_title!r} -> {back.choices[0].message.content!r}")
            copy = page.copy_for_translation(locale, copy_parents=True)
            copy.title = translated_title
            if translated_blocks and hasattr(copy, "body"):
                copy.body = [("paragraph", text) for text in translated_blocks]
            copy.save_revision()
            self.stdout.write(self.style.SUCCESS(f"{page.pk}: {strip_tags(translated_title)}"))
