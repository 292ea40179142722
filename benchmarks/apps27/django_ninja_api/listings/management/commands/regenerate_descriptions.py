"""Bulk (re)generate listing descriptions.

    ./manage.py regenerate_descriptions --city Austin --limit 50
    ./manage.py regenerate_descriptions --tracked --provider anthropic   # new path

The default path talks to OpenAI directly (old behaviour, kept because ops
scripts depend on the output format). ``--tracked`` goes through the usage
tracker and will become the default once PLAT-412 lands.
"""
import asyncio

from asgiref.sync import sync_to_async
from django.core.management.base import BaseCommand, CommandError

from core.services.llm_usage_tracker import llm_tracker
from homestead.llm_factory import build_client, model_for
from listings import services
from listings.models import Listing


class Command(BaseCommand):
    help = "Regenerate listing descriptions with an LLM"

    def add_arguments(self, parser):
        parser.add_argument("--city")
        parser.add_argument("--limit", type=int, default=25)
        parser.add_argument("--tone", default="warm", choices=sorted(services.TONE_HINTS))
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--tracked", action="store_true")
        parser.add_argument("--provider", default="openai", choices=["openai", "anthropic"])
        parser.add_argument("--model")

    def handle(self, *args, **opts):
        qs = Listing.objects.filter(status__in=[Listing.Status.ACTIVE, Listing.Status.DRAFT])
        if opts["city"]:
            qs = qs.filter(city__iexact=opts["city"])
        listings = list(qs.order_by("description_generated_at")[: opts["limit"]])
        if not listings:
            self.stdout.write("nothing to do")
            return

        if opts["tracked"]:
            asyncio.run(self._run_tracked(listings, opts))
            return

        self.client = build_client("openai")
        self.model = opts["model"] or model_for("listing_copy")
        self._check_model_exists()

        for listing in listings:
            text = self._generate(listing, opts["tone"])
            if opts["dry_run"]:
                self.stdout.write(self.style.NOTICE(f"[{listing.pk}] {text[:120]}..."))
                continue
            services.apply_generated_copy(listing, text)
            self.stdout.write(self.style.SUCCESS(f"updated listing {listing.pk}"))

    def _check_model_exists(self):
        available = {m.id for m in self.client.models.list()}
        if self.model not in available:
            raise CommandError(f"model {self.model} not available to this API key")

    def _generate(self, listing, tone):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=services._copy_messages(listing, tone, 180),
            temperature=0.6,
        )
        return services.scrub_copy(resp.choices[0].message.content or "")

    async def _run_tracked(self, listings, opts):
        provider = opts["provider"]
        client = build_client(provider, async_=True)
        model = opts["model"] or (model_for("concierge_fast") if provider == "anthropic" else model_for("listing_copy"))
        for listing in listings:
            facts = services.ListingFacts(listing).render()
            async with llm_tracker.track_llm_call(
                provider=provider, model=model, feature_context="regenerate_descriptions"
            ) as usage_log:
                if provider == "anthropic":
                    msg = await client.messages.create(
                        model=model,
                        max_tokens=600,
                        system=services.COPY_SYSTEM_PROMPT,
                        messages=[{"role": "user", "content": facts}],
                    )
                    usage_log.input_tokens = msg.usage.input_tokens
                    usage_log.output_tokens = msg.usage.output_tokens
                    text = msg.content[0].text
                else:
                    resp = await client.chat.completions.create(
                        model=model, messages=services._copy_messages(listing, opts["tone"], 180)
                    )
                    usage_log.input_tokens = resp.usage.prompt_tokens
                    usage_log.output_tokens = resp.usage.completion_tokens
                    text = resp.choices[0].message.content or ""
            if not opts["dry_run"]:
                await sync_to_async(services.apply_generated_copy)(listing, services.scrub_copy(text))
            self.stdout.write(f"[tracked] listing {listing.pk} done")
