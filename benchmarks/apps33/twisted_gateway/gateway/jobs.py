"""Bulk jobs triggered from the admin CLI / cron.

These run a lot of requests, so they use a bounded executor instead of the
reactor threadpool.
"""
import asyncio
import concurrent.futures
import functools

from twisted.internet import defer, reactor, task
from twisted.python import log

from gateway.config import get_settings
from gateway.providers import get_groq_compat_client, get_openai_client
from gateway.util.retry import call_in_thread_with_retry

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="batch")


def _to_deferred(future):
    return defer.Deferred.fromFuture(asyncio.wrap_future(future))


class TranslationJob(object):
    """Translate a list of strings with the Groq fast model."""

    def __init__(self, target_lang, client=None):
        self.target_lang = target_lang
        self.client = client or get_groq_compat_client()
        self.model = get_settings().groq_model

    def _translate_one(self, text):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Translate to %s. Output only the translation." % self.target_lang},
                {"role": "user", "content": text},
            ],
            temperature=0,
        )
        return resp.choices[0].message.content

    def run(self, texts):
        futures = [_executor.submit(self._translate_one, t) for t in texts]
        return [f.result() for f in futures]


def tag_products(rows):
    """Blocking; called through deferToThread by the nightly cron."""
    client = get_openai_client()
    ask = functools.partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)
    out = []
    for row in rows:
        resp = ask(messages=[
            {"role": "system", "content": "Return 3 comma-separated tags."},
            {"role": "user", "content": row["title"] + "\n" + row.get("description", "")},
        ])
        out.append({"id": row["id"], "tags": resp.choices[0].message.content.split(",")})
    return out


@defer.inlineCallbacks
def reembed_all(rows, batch_size=100):
    client = get_openai_client()
    done = 0
    for i in range(0, len(rows), batch_size):
        chunk = rows[i:i + batch_size]
        resp = yield call_in_thread_with_retry(
            client.embeddings.create,
            model="text-embedding-3-large",
            input=[r["text"] for r in chunk],
        )
        for row, item in zip(chunk, resp.data):
            row["embedding"] = item.embedding
        done += len(chunk)
        log.msg("reembed: %d/%d" % (done, len(rows)))
        yield task.deferLater(reactor, 0.2, lambda: None)
    defer.returnValue(done)


def submit_openai_batch(jsonl_path):
    """Upload the file and create the batch (billed later, async by OpenAI)."""
    client = get_openai_client()
    with open(jsonl_path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return uploaded.id


class ChurnReasonJob(object):
    """Cluster free-text churn reasons: embed with Cohere, label clusters with Claude."""

    def __init__(self, registry, n_clusters=8):
        self.co = registry.get("cohere")
        self.claude = registry.get("anthropic")
        self.n_clusters = n_clusters

    def _embed(self, texts):
        vectors = []
        for i in range(0, len(texts), 96):
            resp = self.co.embed(
                texts=texts[i:i + 96],
                model="embed-english-v3.0",
                input_type="clustering",
                embedding_types=["float"],
            )
            vectors.extend(resp.embeddings.float_)
        return vectors

    def _kmeans(self, vectors, iterations=10):
        import random
        centers = random.sample(vectors, min(self.n_clusters, len(vectors)))
        assign = [0] * len(vectors)
        for _ in range(iterations):
            for i, v in enumerate(vectors):
                assign[i] = min(range(len(centers)),
                                key=lambda c: sum((a - b) ** 2 for a, b in zip(v, centers[c])))
            for c in range(len(centers)):
                members = [vectors[i] for i, a in enumerate(assign) if a == c]
                if members:
                    centers[c] = [sum(col) / len(members) for col in zip(*members)]
        return assign

    def _label(self, samples):
        msg = self.claude.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=40,
            messages=[{"role": "user",
                       "content": "Give a 3-word label for these churn reasons:\n- " + "\n- ".join(samples[:15])}],
        )
        return msg.content[0].text.strip()

    def run_blocking(self, texts):
        vectors = self._embed(texts)
        assign = self._kmeans(vectors)
        clusters = {}
        for text, c in zip(texts, assign):
            clusters.setdefault(c, []).append(text)
        return {self._label(samples): len(samples) for samples in clusters.values()}

    def run(self, texts):
        from twisted.internet import threads
        return threads.deferToThread(self.run_blocking, texts)


async def groq_bulk_sentiment(texts, concurrency=4):
    """Newer async job; AsyncGroq shares the reactor via the asyncio reactor."""
    from gateway.providers import get_async_groq
    groq = get_async_groq()
    sem = asyncio.Semaphore(concurrency)
    results = []

    async def one(text):
        async with sem:
            resp = await groq.chat.completions.create(
                model="llama-3.1-8b-instant",
                messages=[{"role": "system", "content": "Reply positive, negative or neutral."},
                          {"role": "user", "content": text}],
                max_tokens=3,
            )
            return resp.choices[0].message.content.strip().lower()

    for text in texts:
        results.append(await one(text))
    return results


JOBS = {
    "translate": TranslationJob,
    "tag_products": tag_products,
    "reembed": reembed_all,
    "churn": ChurnReasonJob,
}


def describe_jobs():
    return {name: (getattr(fn, "__doc__", "") or "").strip().splitlines()[0:1] for name, fn in JOBS.items()}
