# Churn-signal scoring, ported from the data team's notebook (Q3).
# Runs nightly from cron on the analytics box only, which has its own
# credentials in the environment - it does not use the app's settings.
import os
from functools import partial

import cohere
import numpy as np
import voyageai
from django.core.management.base import BaseCommand
from openai import AzureOpenAI

from apps.support.models import Ticket
from apps.tenants.models import Tenant

CHURN_QUERY = "The customer is frustrated and considering cancelling, downgrading or switching vendor."

vo = voyageai.Client()  # picks up VOYAGE_API_KEY
co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))
aoai = AzureOpenAI(
    azure_endpoint=os.environ.get("ANALYTICS_AOAI_ENDPOINT", "https://helix-analytics.openai.azure.com"),
    api_key=os.environ.get("ANALYTICS_AOAI_KEY"),
    api_version="2024-06-01",
)


def feedback_vectors(texts):
    out = vo.embed(texts, model="voyage-3-lite", truncation=True)
    return np.array(out.embeddings, dtype=np.float32)


def centroid_drift(this_week, last_week):
    a = feedback_vectors(this_week).mean(axis=0)
    b = feedback_vectors(last_week).mean(axis=0)
    return float(1 - np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def churn_candidates(tenant, limit=20):
    tickets = list(Ticket.objects.filter(tenant=tenant).order_by("-created_at")[:300])
    if not tickets:
        return []
    ranked = co.rerank(
        model="rerank-v3.5",
        query=CHURN_QUERY,
        documents=[f"{t.subject}\n{t.body[:1500]}" for t in tickets],
        top_n=limit,
    )
    return [(tickets[r.index], r.relevance_score) for r in ranked.results if r.relevance_score > 0.3]


class Command(BaseCommand):
    help = "Score churn risk per tenant and print a CSV for the CS team."

    def add_arguments(self, parser):
        parser.add_argument("--tenant", action="append", help="Limit to tenant slug(s)")
        parser.add_argument("--explain", action="store_true", help="Ask the model for a one-line reason")

    def handle(self, *args, **opts):
        tenants = Tenant.objects.filter(is_active=True)
        if opts["tenant"]:
            tenants = tenants.filter(slug__in=opts["tenant"])

        explain = partial(aoai.chat.completions.create, model="gpt-4o-mini", temperature=0, max_tokens=60)

        self.stdout.write("tenant,ticket,score,reason")
        for tenant in tenants:
            for ticket, score in churn_candidates(tenant):
                reason = ""
                if opts["explain"]:
                    resp = explain(messages=[
                        {"role": "system", "content": "In one short line, why might this customer churn?"},
                        {"role": "user", "content": f"{ticket.subject}\n{ticket.body[:2000]}"},
                    ])
                    reason = resp.choices[0].message.content.replace(",", ";").strip()
                self.stdout.write(f"{tenant.slug},{ticket.external_id},{score:.3f},{reason}")
