"""One-off-ish: fill Listing.market_note for active listings using Grok.

Written for the Q3 launch; still run monthly by hand. Uses its own xAI client
because it predates core.llm.xai().
"""
import os
import time

from django.core.management.base import BaseCommand
from xai_sdk import Client
from xai_sdk.chat import system, user

from listings.models import Listing

SYSTEM = "You are a cautious local market analyst. Two sentences. No predictions, no financial advice."


class Command(BaseCommand):
    help = "Backfill market notes with xAI Grok"

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=100)
        parser.add_argument("--model", default="grok-3-mini")
        parser.add_argument("--sleep", type=float, default=0.5)
        parser.add_argument("--verbose-stream", action="store_true", help="stream tokens to stdout")

    def handle(self, *args, **opts):
        client = Client(api_key=os.environ["XAI_API_KEY"])
        qs = Listing.objects.filter(status=Listing.Status.ACTIVE, market_note="")[: opts["limit"]]
        done = 0
        for listing in qs.iterator():
            chat = client.chat.create(model=opts["model"], temperature=0.2)
            chat.append(system(SYSTEM))
            chat.append(user(f"{listing.summary_line}, listed at ${listing.price:,.0f}. Postal code {listing.postal_code}."))

            if opts["verbose_stream"]:
                note = ""
                for response, chunk in chat.stream():
                    self.stdout.write(chunk.content, ending="")
                    note = response.content
                self.stdout.write("")
            else:
                note = chat.sample().content

            Listing.objects.filter(pk=listing.pk).update(market_note=note.strip())
            done += 1
            time.sleep(opts["sleep"])
        self.stdout.write(self.style.SUCCESS(f"backfilled {done} market notes"))
