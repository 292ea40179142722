"""Batch review worker.

    lexreview_batch_review production.ini --matter HP-2291 --limit 500

Bootstraps the same registry as the web app (so the same provider clients), then runs
first-pass review on pending documents: classification, clause extraction for contracts,
privilege screening, summary.
"""
import argparse
import concurrent.futures
import functools
import logging
import sys
import time

from pyramid.paster import bootstrap, setup_logging

from lexreview.legacy import summarize_docket_entry
from lexreview.llm.interfaces import IAnthropicClient, IOpenAIClient
from lexreview.models import Document, Matter
from lexreview.services import PrivilegeReviewer, extract_clauses
from lexreview.utils.prompts import CLASSIFY_SYSTEM
from lexreview.utils.tokens import truncate_to_tokens

log = logging.getLogger("lexreview.worker")


def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("config_uri")
    p.add_argument("--matter", required=True)
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--skip-privilege", action="store_true")
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args(argv[1:])


class Worker:
    def __init__(self, registry, dbsession, workers=4):
        self.registry = registry
        self.dbsession = dbsession
        self.openai = registry.getUtility(IOpenAIClient)
        self.anthropic = registry.getUtility(IAnthropicClient)
        self.deepseek = registry["deepseek_client"]
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        self.classify = functools.partial(
            self.openai.chat.completions.create,
            model=registry.settings.get("openai.model", "gpt-4o-mini"),
            max_tokens=5,
            temperature=0,
        )
        self.reviewer = PrivilegeReviewer(
            self.openai,
            model=registry.settings.get("openai.review_model", "gpt-4o"),
        )

    def classify_doc(self, doc):
        resp = self.classify(
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": truncate_to_tokens(doc.text, 6000)},
            ]
        )
        return resp.choices[0].message.content.strip().lower()

    def summarize_many(self, docs):
        futures = {
            self.pool.submit(
                self.deepseek.chat.completions.create,
                model=self.registry.get("deepseek_model", "deepseek-chat"),
                messages=[{"role": "user", "content": "Summarise in two sentences:\n\n" + d.text[:20000]}],
            ): d
            for d in docs
        }
        for fut in concurrent.futures.as_completed(futures):
            doc = futures[fut]
            try:
                doc.summary = fut.result().choices[0].message.content
            except Exception:
                log.exception("summary failed for %s", doc.id)

    def hot_doc_check(self, doc):
        msg = self.anthropic.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=10,
            messages=[
                {
                    "role": "user",
                    "content": "Answer HOT or NOT. Is this document likely to be important "
                    "evidence of liability?\n\n" + doc.text[:30000],
                }
            ],
        )
        return msg.content[0].text.strip().upper().startswith("HOT")

    def process(self, doc, skip_privilege=False):
        doc.doc_type = self.classify_doc(doc)
        if doc.doc_type == "contract":
            doc.snippet = str(extract_clauses(self.anthropic, doc.text))[:500]
        if doc.doc_type == "pleading" and doc.text.startswith("UNITED STATES DISTRICT COURT"):
            doc.summary = summarize_docket_entry(doc.text[:4000])
        if not skip_privilege:
            assessment = self.reviewer.review(doc)
            doc.privileged = assessment.privileged
            doc.privilege_basis = assessment.basis
        if self.hot_doc_check(doc):
            doc.review_status = "hot"
        else:
            doc.review_status = "first_pass"


def main(argv=sys.argv):
    args = parse_args(argv)
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    request = env["request"]
    try:
        with request.tm:
            matter = request.dbsession.query(Matter).filter_by(number=args.matter).one()
            docs = (
                request.dbsession.query(Document)
                .filter_by(matter_id=matter.id, review_status="pending")
                .limit(args.limit)
                .all()
            )
            log.info("reviewing %d documents for %s", len(docs), matter.number)
            if args.dry_run:
                return 0
            worker = Worker(env["registry"], request.dbsession, workers=args.workers)
            worker.summarize_many([d for d in docs if not d.summary])
            started = time.monotonic()
            for i, doc in enumerate(docs, 1):
                try:
                    worker.process(doc, skip_privilege=args.skip_privilege)
                except Exception:
                    log.exception("failed on document %s", doc.id)
                if i % 25 == 0:
                    log.info("%d/%d done (%.1fs)", i, len(docs), time.monotonic() - started)
    finally:
        env["closer"]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
