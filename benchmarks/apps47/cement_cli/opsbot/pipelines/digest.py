"""Daily digest: summarise every service's logs in parallel and merge.

Uses the litellm Router that the post_setup hook attaches as ``app.router``.
"""
import asyncio
import concurrent.futures
import glob
import os

import litellm

from ..core.prompts import LOG_SUMMARY_SYSTEM, log_summary_prompt
from ..services.llm_usage_tracker import llm_tracker
from ..utils.text import chunk_lines, dedupe_noise, truncate


class DailyDigest:
    def __init__(self, router, log, model="gpt-4o-mini", workers=4):
        self.router = router
        self.log = log
        self.model = model
        self.workers = workers
        self.spent = 0.0

    def _service_files(self, root):
        return {
            os.path.basename(os.path.dirname(p)): p
            for p in glob.glob(os.path.join(root, "*", "current.log"))
        }

    def summarise_services(self, root):
        files = self._service_files(root)
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.workers) as pool:
            futures = {}
            for service, path in files.items():
                with open(path, errors="replace") as fh:
                    text = next(chunk_lines(dedupe_noise(fh.readlines())), "")
                fut = pool.submit(
                    litellm.completion,
                    model=self.model,
                    messages=[
                        {"role": "system", "content": LOG_SUMMARY_SYSTEM},
                        {"role": "user", "content": log_summary_prompt(text, service)},
                    ],
                    max_tokens=500,
                )
                futures[fut] = service
            for fut in concurrent.futures.as_completed(futures):
                service = futures[fut]
                try:
                    resp = fut.result()
                except Exception as exc:  # noqa: BLE001
                    self.log.warning("%s failed: %s" % (service, exc))
                    continue
                self.spent += litellm.completion_cost(completion_response=resp)
                results[service] = resp.choices[0].message.content
        return results

    def merge(self, summaries):
        body = "\n\n".join(f"### {svc}\n{text}" for svc, text in sorted(summaries.items()))
        resp = self.router.completion(
            model="ops-smart",
            messages=[
                {"role": "system", "content": "Write a short daily ops digest from these per-service summaries."},
                {"role": "user", "content": truncate(body, 40000)},
            ],
        )
        return resp.choices[0].message.content

    async def headline(self, digest):
        resp = await litellm.acompletion(
            model=self.model,
            messages=[{"role": "user", "content": "One-line Slack headline for this digest:\n" + digest[:6000]}],
            max_tokens=60,
        )
        return resp.choices[0].message.content.strip()

    async def tracked_headline(self, digest):
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="digest_headline"
        ) as usage_log:
            resp = await litellm.acompletion(
                model=self.model,
                messages=[{"role": "user", "content": "One-line Slack headline for this digest:\n" + digest[:6000]}],
                max_tokens=60,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content.strip()

    def cluster_key(self, summaries):
        vecs = litellm.embedding(
            model="text-embedding-3-small",
            input=list(summaries.values()),
        )
        return [d["embedding"][:8] for d in vecs.data]

    def run(self, root, tracked=True):
        summaries = self.summarise_services(root)
        digest = self.merge(summaries)
        headline = asyncio.run(self.tracked_headline(digest) if tracked else self.headline(digest))
        n = litellm.token_counter(model=self.model, text=digest)
        self.log.info("digest: %d tokens, est. spend $%.4f" % (n, self.spent))
        return headline, digest

    def write_report(self, headline, digest, out_dir):
        """Write the digest as Markdown plus a small JSON sidecar for the dashboard."""
        import datetime
        import json

        os.makedirs(out_dir, exist_ok=True)
        day = datetime.date.today().isoformat()
        md_path = os.path.join(out_dir, f"digest-{day}.md")
        with open(md_path, "w") as fh:
            fh.write(f"# {headline}\n\n{digest}\n")
        with open(os.path.join(out_dir, f"digest-{day}.json"), "w") as fh:
            json.dump(
                {
                    "date": day,
                    "headline": headline,
                    "model": self.model,
                    "estimated_spend_usd": round(self.spent, 4),
                    "chars": len(digest),
                },
                fh,
                indent=2,
            )
        self.log.info("wrote %s" % md_path)
        return md_path
